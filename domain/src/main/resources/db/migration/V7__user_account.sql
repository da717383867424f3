-- Sign-in accounts. Roles are a delimited set ",OFFICER,ANALYST,". Accounts are created by the application
-- (passwords from the environment), never seeded here.
create table user_account (
    username         varchar(64)  not null primary key,
    display_name     varchar(100),
    password_hash    varchar(200) not null,
    roles            varchar(200),
    preferred_locale varchar(8)   not null,
    enabled          boolean      not null,
    version          bigint       not null
);
