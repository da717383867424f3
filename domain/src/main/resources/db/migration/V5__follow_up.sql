-- Follow-up actions officers promise on a proposal.
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
