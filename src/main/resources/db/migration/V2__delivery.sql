-- The report model of each published period, so that its email can be sent (or sent again) later.
alter table report_run add column report_json text;

-- Who received which period's report: each recipient gets each period once, unless resent on purpose.
create table delivery (
    period      varchar(7)   not null,
    recipient   varchar(320) not null,
    edition     integer      not null,
    sent_at     timestamp    not null,
    primary key (period, recipient)
);
