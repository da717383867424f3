-- INTAKE.md counts lengths in characters (code points): a 200-emoji title is 200 characters but 400 UTF-16
-- units, and H2 sizes VARCHAR in UTF-16 units (PostgreSQL in characters). Every column holding a text whose
-- limit is given in characters is widened to twice that limit, so that whatever the contract accepts is stored
-- on both databases. Lists kept one item per line (target agencies: at most 20 × 100 characters, escaped) fit
-- their existing columns.
alter table proposal alter column external_ref type varchar(128);
alter table proposal alter column company_name type varchar(400);
alter table proposal alter column title type varchar(400);
alter table proposal alter column proposal_text type varchar(40000);
alter table company alter column name type varchar(400);
alter table proposal_consortium alter column name type varchar(400);
