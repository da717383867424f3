-- Decision 061 (replacing 060's open part): a proposal is stored as its document, the JSON of proposal.schema.json
-- as the intake bound it. This step adds the column and the code writes it on every insert; V151 fills it for the
-- rows stored before, from the block columns, and V152 drops those. Sized in UTF-16 units (H2 counts those): a
-- document the schema accepts is at most about 80,000 (text 20,000 characters, each maybe two units or escaped).
alter table proposal add column content varchar(200000);
