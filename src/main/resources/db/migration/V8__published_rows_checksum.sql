-- A checksum of each published period's mission rows, kept at publication, so that rows lost or
-- changed later (a damaged file, a stray statement) are noticed before a report compares with them.
alter table report_run add column rows_sha256 char(64);
