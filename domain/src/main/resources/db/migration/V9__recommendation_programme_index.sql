-- The queue's "recommended for programme X" filter as an index-only semi-join:
-- proposal.id in (select proposal_id from recommendation where programme = ? and eligibility <> 'INELIGIBLE').
drop index recommendation_programme_ix;
create index recommendation_programme_ix on recommendation (programme, eligibility, proposal_id);
