-- Caps and deployed counts may come from different files of different dates: where the counts
-- came from, as of when, and their checksum (null where they were the snapshot's own).
alter table report_run add column counts_file varchar(1000);
alter table report_run add column counts_as_of date;
alter table report_run add column counts_source varchar(20);
alter table report_run add column counts_sha256 char(64);
