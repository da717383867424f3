-- Decision 148 (issue 8 D6): no query filters or sorts proposals by top_programme. The queue's programme filter
-- is a semi-join on recommendation_programme_ix (V9), the API's goes through the same query layer, the queue
-- cannot sort by it (QueueService.SORTABLE) and the dashboard counts recommendations, not this column. The index
-- was one of the eleven B-trees every stored proposal writes (and, on H2, commits an undo-log entry for).
-- Same statement on H2 and PostgreSQL.
drop index proposal_top_programme_ix;
