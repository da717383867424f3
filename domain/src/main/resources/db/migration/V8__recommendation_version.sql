-- Optimistic locking on recommendations: two officers deciding the same recommendation at once must not
-- overwrite each other (the loser's decision could otherwise drop the winner's capacity reservation).
alter table recommendation add column version bigint default 0 not null;
