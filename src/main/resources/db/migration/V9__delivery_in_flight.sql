-- A message is recorded as in flight just before the end of its data is sent, and as sent when the
-- server accepts it: an attempt never confirmed (the run was killed in between) is uncertain, and is
-- not sent again by itself.
alter table delivery add column state varchar(10) default 'sent' not null;
