-- A mission with no single country (UNPROFOR, a regional programme) is kept, in the region
-- "Unassigned": its country is unknown, not an empty string.
alter table mission_result alter column country drop not null;
