-- The officer who has a case (h-desk, issue 11): who, since when, given by whom. "Assigned to me" filters on it.
alter table proposal add column assignee varchar(64);
alter table proposal add column assigned_at timestamp with time zone;
alter table proposal add column assigned_by varchar(64);
create index proposal_assignee_ix on proposal (assignee, status);
