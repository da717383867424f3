-- Issue 10 (h-insight): reply deadlines, named intake events and personal calendar-feed tokens.

-- A programme may carry a reply deadline, in days from receipt (day of receipt in Asia/Seoul + N days). It applies to
-- a proposal the rules recommend the programme for (ELIGIBLE or CONDITIONAL). None by default (decision record 100).
alter table programme add column reply_days integer;
alter table programme add constraint programme_reply_days_range check (reply_days is null or reply_days between 1 and 365);

-- A sandbox track may carry one too, applying to every proposal that names the track (regulation.sandboxTrack):
-- the ICT sandbox's rapid confirmation (신속확인) is answered within 30 days (정보통신융합법 제36조).
create table sandbox_track_deadline (
    track      varchar(24)  not null primary key,
    reply_days integer      not null,
    basis      varchar(300) not null,
    version    bigint       not null default 0,
    constraint sandbox_track_deadline_days_range check (reply_days between 1 and 365)
);
insert into sandbox_track_deadline (track, reply_days, basis) values
('RAPID_CONFIRMATION', 30, '정보통신융합법 제36조: 신속확인 신청에 30일 이내 회신');

-- A named intake event (간담회, 설명회): a proposal belongs to it when it came through the event's channel (any, when
-- the channel is null) on one of its days in Asia/Seoul. Membership is derived, so no intake contract changes and the
-- proposals stored before the event was named belong to it too (decision record 101).
create sequence intake_event_seq start with 101 increment by 50;
create table intake_event (
    id         bigint       not null primary key,
    code       varchar(40)  not null,
    name_ko    varchar(200) not null,
    name_en    varchar(200) not null,
    channel    varchar(16),
    starts_on  date         not null,
    ends_on    date         not null,
    created_at timestamp with time zone not null,
    created_by varchar(64)  not null,
    version    bigint       not null,
    constraint intake_event_code_uk unique (code),
    constraint intake_event_days_ordered check (ends_on >= starts_on)
);
insert into intake_event (id, code, name_ko, name_en, channel, starts_on, ends_on, created_at, created_by, version) values
(1, 'KOSA-2025-07-08', 'AI 원팀 현장간담회 (KOSA, 2025-07-08)', 'AI One Team meeting (KOSA, 2025-07-08)', 'MEETING',
 date '2025-07-08', date '2025-07-08', timestamp with time zone '2025-07-08 18:00:00+09:00', 'system', 0);

-- An officer's calendar feed is read by calendar programs that cannot sign in: a personal, revocable token in the
-- feed's address. Only its SHA-256 is stored, as for API tokens (071); it opens that one feed and nothing else.
create sequence calendar_feed_token_seq start with 1 increment by 50;
create table calendar_feed_token (
    id           bigint      not null primary key,
    username     varchar(64) not null references user_account (username),
    token_hash   varchar(64) not null,
    token_prefix varchar(16) not null,
    created_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    version      bigint      not null
);
create unique index calendar_feed_token_hash_ux on calendar_feed_token (token_hash);
create index calendar_feed_token_username_ix on calendar_feed_token (username, created_at);

-- "My follow-ups" and the feed read an owner's open follow-ups by due date.
create index follow_up_owner_open_ix on follow_up (owner, done, due);
