-- Fill rates above 100% are kept as they are, never clipped: room for any rate a roster can produce.
alter table report_run alter column fill_rate set data type decimal(18, 4);
alter table mission_result alter column fill_rate set data type decimal(18, 4);
alter table pool_result alter column fill_rate set data type decimal(18, 4);
alter table region_result alter column fill_rate set data type decimal(18, 4);
