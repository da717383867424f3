-- A proposal on which a rule failed is stored with no recommendation (미분류) and the reason, never dropped.
alter table proposal add column routing_failure varchar(1000);
