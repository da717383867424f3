-- Decision 151 (issue 8 D7): the schema V1 … V160 leave, in one script, for a NEW database only. Flyway (11, community)
-- applies a baseline migration B<version> to an empty schema instead of every versioned migration up to that
-- version; a database that already has a schema history ignores it and keeps migrating V by V as before. It saves
-- the start of a new installation (and of every test database) 21 migrations' bookkeeping and V152's 38 column drops.
-- BaselineSchemaTest checks, on H2 and on PostgreSQL, that this script and the chain give the same tables, columns
-- (types, sizes, nullability, defaults), keys, indexes, checks, sequences and rows. Never edit it once released: a
-- later change is a V migration (> 160), which both paths apply. Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 14+.
-- Columns keep the order the chain leaves them in (added ones at the end of their table).

create table programme (
    code          varchar(16)  not null primary key,
    name_ko       varchar(200) not null,
    name_en       varchar(200) not null,
    agency        varchar(200) not null,
    gives         varchar(1000) not null,
    capacity_unit varchar(8)   not null,
    capacity      bigint,
    reserved      bigint       not null default 0,
    version       bigint       not null default 0,
    reply_days    integer,
    constraint programme_reserved_not_negative check (reserved >= 0),
    constraint programme_reserved_within_capacity check (capacity is null or reserved <= capacity),
    constraint programme_reply_days_range check (reply_days is null or reply_days between 1 and 365)
);

insert into programme (code, name_ko, name_en, agency, gives, capacity_unit, capacity) values
('P01', '고성능컴퓨팅 지원사업', 'HPC cloud support', 'MSIT/NIPA', '클라우드 GPU 이용 지원, 최대 16장·4개월', 'GPU', 1060),
('P02', '첨단 GPU 확보·배분', 'Government GPU allocation', 'MSIT/NIPA', 'GPU 17–256장, 최대 12개월, 자부담 있음', 'GPU', 4000),
('P03', '국가AI컴퓨팅센터', 'National AI Computing Center', 'MSIT/NIPA', '국가 차원의 장기 컴퓨팅 자원, 국산 NPU 도입', 'NONE', null),
('P04', '독자 AI 파운데이션 모델', 'Sovereign foundation model', 'MSIT/NIPA', '공모 선정 시 GPU·데이터·인재 패키지 지원', 'NONE', null),
('P05', '국산 AI반도체 실증·사업화', 'Domestic AI-chip validation', 'MSIT/NIPA', '테스트베드, 국산 NPU 기반 서비스 전환 실증', 'NONE', null),
('P06', '공공조달·혁신제품', 'Public procurement / first buyer', 'PPS, MSIT', '나라장터 등록, 혁신제품 지정·시범구매', 'NONE', null),
('P07', 'AI 바우처', 'AI voucher', 'MSIT/NIPA', '수요기업당 최대 2억 원 AI 솔루션 도입 지원', 'KRW', 27000000000),
('P08', '데이터 바우처·AI 학습용 데이터 구축', 'Data voucher / training data', 'MSIT/K-Data/NIA', '데이터 구매·가공, 학습용 데이터셋 구축', 'KRW', null),
('P09', '데이터 안심구역·가명정보 결합', 'Data safe zones', 'MSIT, PIPC', '민감 데이터의 통제된 분석 환경, 가명정보 결합', 'NONE', null),
('P10', '보건의료데이터 활용', 'Health & medical data', 'MOHW', '보건의료데이터 가이드라인, 데이터심의위원회(DRB), 의료데이터 접근', 'NONE', null),
('P11', 'ICT 규제샌드박스·전파', 'ICT regulatory sandbox & spectrum', 'MSIT/NIPA, KCA', '신속확인, 실증특례, 임시허가, 이음5G 주파수', 'NONE', null),
('P12', '전력계통·입지 지원', 'Power grid & siting', 'Ministry of Climate, Energy & Environment, KEPCO', '전력계통영향평가, 비수도권 입지 인센티브', 'NONE', null),
('P13', '해외진출 지원', 'Global expansion', 'MSIT/NIPA', '해외 실증(PoC), 수요처 매칭', 'NONE', null),
('P14', 'AX 확산', 'AI transformation diffusion', 'multi-ministry', 'AI 제품·공공 AI 서비스 확산 지원금', 'NONE', null),
('P15', '팁스', 'TIPS', 'MSS', '민간 투자 연계 R&D 자금', 'NONE', null),
('BACKLOG', '정책과제 이관', 'Policy backlog', 'MSIT', '지원사업이 없는 요청을 정책과제로 관리', 'NONE', null);

create sequence ruleset_version_seq start with 1 increment by 50;

create table ruleset_version (
    id           bigint        not null primary key,
    name         varchar(100)  not null,
    content_hash varchar(80)   not null,
    source       varchar(200)  not null,
    rule_count   integer       not null,
    published_at timestamp with time zone not null,
    published_by varchar(64)   not null,
    note         varchar(2000),
    active       boolean       not null,
    version      bigint        not null,
    source_detail varchar(300),
    requested_by varchar(64)   not null,
    approved_by  varchar(64),
    effective_at timestamp with time zone,
    activated_at timestamp with time zone,
    retired_at   timestamp with time zone,
    rolled_back_from bigint,
    publication_request_id bigint
);
create index ruleset_version_active_ix on ruleset_version (active);
create index ruleset_version_content_hash_ix on ruleset_version (content_hash);
create unique index ruleset_version_request_ux on ruleset_version (publication_request_id);

create table ruleset_file (
    ruleset_version_id bigint        not null references ruleset_version (id),
    item_order         integer       not null,
    path               varchar(300)  not null,
    content            varchar(10000000) not null,
    primary key (ruleset_version_id, item_order)
);

create sequence company_seq start with 1 increment by 50;

create table company (
    id         bigint       not null primary key,
    name       varchar(400) not null,
    biz_reg_no varchar(12),
    constraint company_biz_reg_no_uk unique (biz_reg_no)
);
create index company_name_ix on company (name);

create sequence proposal_seq start with 1 increment by 50;

create table proposal (
    id                   bigint        not null primary key,
    version              bigint        not null,
    external_ref         varchar(128),
    received_at          timestamp with time zone not null,
    channel              varchar(16)   not null,
    company_id           bigint        not null,
    company_name         varchar(400)  not null,
    -- company block as submitted
    size_class           varchar(16)   not null,
    region               varchar(16)   not null,
    -- the ask
    title                varchar(400)  not null,
    categories           varchar(400)  not null,
    stage                varchar(16)   not null,
    regulation_sandbox_track varchar(24),
    -- review
    status               varchar(20)   not null,
    ruleset_version_id   bigint,
    ruleset_hash         varchar(80),
    info_question        varchar(4000),
    info_requested_at    timestamp with time zone,
    info_requested_by    varchar(64),
    info_answer          varchar(4000),
    info_received_at     timestamp with time zone,
    reply_text           varchar(20000),
    replied_at           timestamp with time zone,
    replied_by           varchar(64),
    closed_at            timestamp with time zone,
    closed_by            varchar(64),
    -- denormalised for the officers' queue (Proposal.refreshQueueColumns)
    top_programme        varchar(16),
    top_score            integer,
    eligible_count       integer       not null,
    next_follow_up_due   date,
    programme_codes      varchar(1000),
    accepted_codes       varchar(1000),
    created_at           timestamp with time zone not null,
    routing_failure      varchar(1000),
    assignee             varchar(64),
    assigned_at          timestamp with time zone,
    assigned_by          varchar(64),
    content              varchar(200000) not null,
    constraint proposal_external_ref_uk unique (external_ref)
);
create index proposal_status_received_ix on proposal (status, received_at);
create index proposal_received_ix on proposal (received_at);
create index proposal_company_name_ix on proposal (company_name);
create index proposal_company_ix on proposal (company_id);
create index proposal_top_score_ix on proposal (top_score);
create index proposal_next_follow_up_ix on proposal (next_follow_up_due);
create index proposal_ruleset_ix on proposal (ruleset_version_id);
create index proposal_assignee_ix on proposal (assignee, status);
-- The foreign keys after the indexes: on H2 they then use proposal_company_ix and proposal_ruleset_ix, as they do after
-- V152 rebuilt the table, instead of indexes of their own.
alter table proposal add foreign key (company_id) references company (id);
alter table proposal add foreign key (ruleset_version_id) references ruleset_version (id);


create sequence recommendation_seq start with 1 increment by 50;

create table recommendation (
    id                     bigint       not null primary key,
    proposal_id            bigint       not null,
    rank_no                integer      not null,
    programme              varchar(16)  not null,
    eligibility            varchar(16)  not null,
    score                  integer      not null,
    alloc_gpus             integer,
    alloc_months           integer,
    alloc_self_pay_percent numeric(5, 2),
    alloc_krw              bigint,
    rule_ids               varchar(2000),
    flags                  varchar(4000),
    ruleset_version_id     bigint,
    ruleset_hash           varchar(80),
    override               boolean      not null,
    override_reason        varchar(2000),
    overridden_rules       varchar(2000),
    override_by            varchar(64),
    override_at            timestamp with time zone,
    decision_outcome       varchar(16),
    decided_by             varchar(64),
    decided_at             timestamp with time zone,
    decision_comment       varchar(2000),
    reserved_amount        bigint       not null,
    reserved_unit          varchar(8)   not null,
    version                bigint       default 0 not null,
    reasons                varchar(1000000),
    constraint recommendation_score_range check (score between 0 and 100)
);
create index recommendation_proposal_ix on recommendation (proposal_id);
create index recommendation_programme_ix on recommendation (programme, eligibility, proposal_id);
create index recommendation_ruleset_ix on recommendation (ruleset_version_id);
-- After the indexes, as for proposal (V140 rebuilt this table on H2).
alter table recommendation add foreign key (proposal_id) references proposal (id);
alter table recommendation add foreign key (ruleset_version_id) references ruleset_version (id);


create sequence follow_up_seq start with 1 increment by 50;

create table follow_up (
    id          bigint       not null primary key,
    proposal_id bigint       not null references proposal (id),
    action      varchar(500) not null,
    owner       varchar(100) not null,
    due         date         not null,
    done        boolean      not null,
    done_at     timestamp with time zone,
    done_by     varchar(64),
    created_at  timestamp with time zone not null
);
create index follow_up_proposal_ix on follow_up (proposal_id);
create index follow_up_open_due_ix on follow_up (done, due);

create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id           bigint      not null primary key,
    at           timestamp with time zone not null,
    actor        varchar(64) not null,
    proposal_id  bigint,
    action       varchar(64) not null,
    before_state varchar(20000),
    after_state  varchar(20000)
);
create index audit_entry_proposal_ix on audit_entry (proposal_id, at);
create index audit_entry_at_ix on audit_entry (at);

create table user_account (
    username         varchar(64)  not null primary key,
    display_name     varchar(100),
    password_hash    varchar(200) not null,
    roles            varchar(200),
    preferred_locale varchar(8)   not null,
    enabled          boolean      not null,
    version          bigint       not null,
    security_stamp   bigint       default 0 not null
);

create table ruleset_pointer (
    id                integer not null primary key,
    active_version_id bigint references ruleset_version (id),
    changed_at        timestamp with time zone,
    version           bigint  not null,
    constraint ruleset_pointer_one_row check (id = 1)
);
insert into ruleset_pointer (id, active_version_id, changed_at, version) values (1, null, null, 0);

create table ruleset_refusal (
    channel      varchar(100)   not null primary key,
    content_hash varchar(80),
    problems     varchar(20000) not null,
    refused_at   timestamp with time zone not null,
    version      bigint         not null
);

create sequence api_token_seq start with 1 increment by 50;

create table api_token (
    id           bigint       not null primary key,
    username     varchar(64)  not null references user_account (username),
    name         varchar(100) not null,
    token_hash   varchar(64)  not null,
    token_prefix varchar(16)  not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(64)  not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(64),
    last_used_at timestamp with time zone,
    version      bigint       not null
);
create unique index api_token_hash_ux on api_token (token_hash);
create index api_token_username_ix on api_token (username, created_at);

create sequence workspace_draft_seq start with 1 increment by 50;

create table workspace_draft (
    id                  bigint       not null primary key,
    owner               varchar(64)  not null,
    name                varchar(100) not null,
    based_on_version_id bigint references ruleset_version (id),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    version             bigint       not null
);
create index workspace_draft_owner_ix on workspace_draft (owner);

create table workspace_draft_file (
    draft_id   bigint            not null references workspace_draft (id) on delete cascade,
    item_order integer           not null,
    path       varchar(300)      not null,
    content    varchar(10000000) not null,
    primary key (draft_id, item_order)
);

create sequence publication_request_seq start with 1 increment by 50;

create table publication_request (
    id                   bigint        not null primary key,
    kind                 varchar(20)   not null,
    draft_id             bigint,
    draft_name           varchar(100),
    requested_by         varchar(64)   not null,
    requested_at         timestamp with time zone not null,
    note                 varchar(2000) not null,
    effective_at         timestamp with time zone,
    base_version_id      bigint references ruleset_version (id),
    rollback_to          bigint references ruleset_version (id),
    content_hash         varchar(80)   not null,
    rule_count           integer       not null,
    status               varchar(20)   not null,
    decided_by           varchar(64),
    decided_at           timestamp with time zone,
    decision_comment     varchar(2000),
    published_version_id bigint references ruleset_version (id),
    -- The impact simulation's summary lines (one per line) when the author simulated exactly these files.
    impact_summary       varchar(4000),
    version              bigint        not null
);
create index publication_request_status_ix on publication_request (status);

create table publication_request_file (
    request_id bigint            not null references publication_request (id) on delete cascade,
    item_order integer           not null,
    path       varchar(300)      not null,
    content    varchar(10000000) not null,
    primary key (request_id, item_order)
);


create table sandbox_track_deadline (
    track      varchar(24)  not null primary key,
    reply_days integer      not null,
    basis      varchar(300) not null,
    version    bigint       not null default 0,
    constraint sandbox_track_deadline_days_range check (reply_days between 1 and 365)
);
insert into sandbox_track_deadline (track, reply_days, basis) values
('RAPID_CONFIRMATION', 30, '정보통신융합법 제36조: 신속확인 신청에 30일 이내 회신');

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

create index follow_up_owner_open_ix on follow_up (owner, done, due);
