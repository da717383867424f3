-- Recommendations: one programme per proposal, with rules, Korean reasons, flags and the officer's decision.
-- No unique (proposal_id, programme): Hibernate inserts replacements before deleting the old rows; the
-- domain (Proposal.replaceRecommendations) keeps one per programme.
create sequence recommendation_seq start with 1 increment by 50;

create table recommendation (
    id                     bigint       not null primary key,
    proposal_id            bigint       not null references proposal (id),
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
    ruleset_version_id     bigint references ruleset_version (id),
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
    constraint recommendation_score_range check (score between 0 and 100)
);
create index recommendation_proposal_ix on recommendation (proposal_id);
create index recommendation_programme_ix on recommendation (programme, eligibility);
create index recommendation_ruleset_ix on recommendation (ruleset_version_id);

create table recommendation_reason (
    recommendation_id bigint        not null references recommendation (id),
    item_order        integer       not null,
    rule_id           varchar(64)   not null,
    reason_text       varchar(1000) not null,
    primary key (recommendation_id, item_order)
);
