-- The publication request (workspace, issue 9) a version was published for. Approval publishes the version in a
-- transaction of its own and marks the request approved in the caller's; if the instance dies between the two
-- commits, the request stays pending. Approving it again finds the version by this column instead of publishing
-- the same content once more. Unique: one version per request (NULLs, every other source, are not compared).
alter table ruleset_version add column publication_request_id bigint;
create unique index ruleset_version_request_ux on ruleset_version (publication_request_id);
