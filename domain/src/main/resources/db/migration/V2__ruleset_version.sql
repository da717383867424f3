-- Every ruleset that was activated, with its files (DRL and scenarios). One row per distinct content.
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
    constraint ruleset_version_content_hash_uk unique (content_hash)
);
create index ruleset_version_active_ix on ruleset_version (active);

-- varchar(10000000): within PostgreSQL's varchar limit (10485760) and mapped to a plain String on both databases.
create table ruleset_file (
    ruleset_version_id bigint        not null references ruleset_version (id),
    item_order         integer       not null,
    path               varchar(300)  not null,
    content            varchar(10000000) not null,
    primary key (ruleset_version_id, item_order)
);
