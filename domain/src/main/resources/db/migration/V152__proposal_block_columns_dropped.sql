-- Decision 061: the proposal is stored as its document (proposal.content, filled by V151 for the rows stored before).
-- The block columns and the consortium table held the same values twice; they go. Kept as typed columns: what the
-- queue, the dashboard and the lifecycle filter and sort on (external_ref, received_at, channel, company_id,
-- company_name, size_class, region, regulation_sandbox_track for reply deadlines by track, title, categories, stage,
-- status and the queue columns). One statement per column: H2 and PostgreSQL agree on that form.
drop table proposal_consortium;
alter table proposal drop column startup;
alter table proposal drop column venture;
alter table proposal drop column youth_founded;
alter table proposal drop column value_chain;
alter table proposal drop column supplier_roles;
alter table proposal drop column current_awards;
alter table proposal drop column proposal_text;
alter table proposal drop column themes;
alter table proposal drop column requested_amount_krw;
alter table proposal drop column compute_given;
alter table proposal drop column compute_accelerator;
alter table proposal drop column compute_quantity;
alter table proposal drop column compute_months;
alter table proposal drop column compute_workload;
alter table proposal drop column compute_independence;
alter table proposal drop column data_given;
alter table proposal drop column data_need;
alter table proposal drop column data_domains;
alter table proposal drop column data_sensitivity;
alter table proposal drop column data_closed_environment;
alter table proposal drop column data_linkage;
alter table proposal drop column data_export_artifact;
alter table proposal drop column regulation_given;
alter table proposal drop column regulation_generative_ai;
alter table proposal drop column regulation_high_impact_domain;
alter table proposal drop column procurement_given;
alter table proposal drop column procurement_koneps_registered;
alter table proposal drop column procurement_innovation_product;
alter table proposal drop column procurement_target_agencies;
alter table proposal drop column global_given;
alter table proposal drop column global_target_countries;
alter table proposal drop column global_demand_site;
alter table proposal drop column global_government_backed;
alter table proposal drop column infra_given;
alter table proposal drop column infra_power_mw;
alter table proposal drop column infra_site_region;
alter table proposal drop column infra_spectrum;
