-- Companies and proposals (INTAKE.md). Sets of enum values are delimited text ",A,B," (see EnumSetConverter),
-- lists of strings one item per line (StringListConverter). Nullable blocks carry a *_given marker column.
create sequence company_seq start with 1 increment by 50;

create table company (
    id         bigint       not null primary key,
    name       varchar(200) not null,
    biz_reg_no varchar(12),
    constraint company_biz_reg_no_uk unique (biz_reg_no)
);
create index company_name_ix on company (name);

create sequence proposal_seq start with 1 increment by 50;

create table proposal (
    id                   bigint        not null primary key,
    version              bigint        not null,
    external_ref         varchar(64),
    received_at          timestamp with time zone not null,
    channel              varchar(16)   not null,
    company_id           bigint        not null references company (id),
    company_name         varchar(200)  not null,
    -- company block as submitted
    size_class           varchar(16)   not null,
    startup              boolean       not null,
    venture              boolean       not null,
    youth_founded        boolean       not null,
    region               varchar(16)   not null,
    value_chain          varchar(300),
    supplier_roles       varchar(300),
    current_awards       varchar(400),
    -- the ask
    title                varchar(200)  not null,
    proposal_text        varchar(20000) not null,
    categories           varchar(400)  not null,
    themes               varchar(400),
    stage                varchar(16)   not null,
    requested_amount_krw bigint,
    compute_given        boolean,
    compute_accelerator  varchar(16),
    compute_quantity     integer,
    compute_months       integer,
    compute_workload     varchar(16),
    compute_independence varchar(24),
    data_given           boolean,
    data_need            varchar(16),
    data_domains         varchar(300),
    data_sensitivity     varchar(16),
    data_closed_environment boolean,
    data_linkage         boolean,
    data_export_artifact varchar(16),
    regulation_given     boolean,
    regulation_sandbox_track varchar(24),
    regulation_generative_ai boolean,
    regulation_high_impact_domain varchar(24),
    procurement_given    boolean,
    procurement_koneps_registered boolean,
    procurement_innovation_product varchar(16),
    procurement_target_agencies varchar(6000),
    global_given         boolean,
    global_target_countries varchar(1000),
    global_demand_site   varchar(16),
    global_government_backed boolean,
    infra_given          boolean,
    infra_power_mw       numeric(12, 3),
    infra_site_region    varchar(16),
    infra_spectrum       varchar(16),
    -- review
    status               varchar(20)   not null,
    ruleset_version_id   bigint references ruleset_version (id),
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
    constraint proposal_external_ref_uk unique (external_ref)
);
create index proposal_status_received_ix on proposal (status, received_at);
create index proposal_received_ix on proposal (received_at);
create index proposal_company_name_ix on proposal (company_name);
create index proposal_company_ix on proposal (company_id);
create index proposal_top_programme_ix on proposal (top_programme);
create index proposal_top_score_ix on proposal (top_score);
create index proposal_next_follow_up_ix on proposal (next_follow_up_due);
create index proposal_ruleset_ix on proposal (ruleset_version_id);

create table proposal_consortium (
    proposal_id bigint       not null references proposal (id),
    item_order  integer      not null,
    name        varchar(200) not null,
    size_class  varchar(16)  not null,
    member_role varchar(16)  not null,
    primary key (proposal_id, item_order)
);
