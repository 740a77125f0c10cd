-- Periods published whose email failed (exit 4), with the recipients they had then: a scheduler
-- that restarts sends them at once, to those recipients, not to whoever --mail.to names now.
create table undelivered (
    period      varchar(7)    not null primary key,
    recipients  varchar(4000) not null,
    failed_at   timestamp     not null
);
