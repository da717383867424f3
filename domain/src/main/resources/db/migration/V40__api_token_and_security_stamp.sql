-- Bearer tokens for machine clients, and the account's security stamp.
-- A token is stored only as the SHA-256 of the secret the ADMIN saw once (hex, 64 characters); the prefix is
-- its first characters, to tell tokens apart in lists. The security stamp moves on with every change that
-- must end the account's sessions (disabled, roles changed, password changed): a session signed in under an
-- older stamp is ended on its next request (decision record 070).
alter table user_account add column security_stamp bigint default 0 not null;

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
