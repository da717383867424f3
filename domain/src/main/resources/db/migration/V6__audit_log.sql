-- Append-only audit log. The application has no update or delete path (AuditLog, @Immutable AuditEntry).
-- No foreign key to proposal: the log must outlive anything it talks about.
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
