-- The analysts' workspace (issue 9, docs/decisions/090): drafts per analyst, and requests to publish one
-- (four eyes). Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 14+.

create sequence workspace_draft_seq start with 1 increment by 50;

-- A draft belongs to one analyst and lives until they delete it: it survives sign-out and restarts.
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

-- A request to publish: the draft's files as they were when it was sent (later edits of the draft do not
-- change what is approved), the version active then (the diff's left side), and the decision.
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
