-- What the last answer for each watched page said, for a conditional GET next time and for the
-- report's "caps last confirmed against the page": kept with the history, not under input/.
create table page_fetch (
    url            varchar(2000) not null primary key,
    etag           varchar(1000),
    last_modified  varchar(100),
    sha256         char(64),
    copy_path      varchar(2000),
    confirmed_at   timestamp
);
