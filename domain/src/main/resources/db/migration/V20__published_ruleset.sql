-- The database holds the published ruleset (docs/decisions/050). Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL 14+.

-- The same content may be published again (a rollback is a new version): the hash is no longer unique.
alter table ruleset_version drop constraint ruleset_version_content_hash_uk;
create index ruleset_version_content_hash_ix on ruleset_version (content_hash);

-- Who asked, who approved, why, from when; source becomes the kind (SEED, DIRECTORY, WORKSPACE, ROLLBACK),
-- the old free text (a classpath location or a directory) moves to source_detail.
alter table ruleset_version add column source_detail varchar(300);
alter table ruleset_version add column requested_by varchar(64);
alter table ruleset_version add column approved_by varchar(64);
alter table ruleset_version add column effective_at timestamp with time zone;
alter table ruleset_version add column activated_at timestamp with time zone;
alter table ruleset_version add column retired_at timestamp with time zone;
alter table ruleset_version add column rolled_back_from bigint;
update ruleset_version set source_detail = source,
                           source = case when source like 'classpath:%' then 'SEED' else 'DIRECTORY' end,
                           requested_by = published_by,
                           activated_at = published_at;
alter table ruleset_version alter column requested_by set not null;

-- The one row every instance polls and every publication locks: which version is active.
create table ruleset_pointer (
    id                integer not null primary key,
    active_version_id bigint references ruleset_version (id),
    changed_at        timestamp with time zone,
    version           bigint  not null,
    constraint ruleset_pointer_one_row check (id = 1)
);
insert into ruleset_pointer (id, active_version_id, changed_at, version)
select 1, max(id), max(published_at), 0 from ruleset_version where active;

-- Refusals that still hold, one per channel (directory import, publication, an instance that cannot compile).
create table ruleset_refusal (
    channel      varchar(100)   not null primary key,
    content_hash varchar(80),
    problems     varchar(20000) not null,
    refused_at   timestamp with time zone not null,
    version      bigint         not null
);
