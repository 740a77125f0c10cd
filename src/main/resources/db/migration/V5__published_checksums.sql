-- The SHA256SUMS of each published period, so that --restore can write the files again and
-- prove them byte for byte those that were published.
alter table report_run add column manifest varchar(4000);
