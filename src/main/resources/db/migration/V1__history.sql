-- One row per published period; a rerun replaces the period's rows (the children cascade).
create table report_run (
    period           varchar(7)    not null primary key,
    edition          integer       not null,
    as_of            date          not null,
    snapshot_file    varchar(1000) not null,
    snapshot_sha256  char(64)      not null,
    source           varchar(4000) not null,
    generated_at     timestamp     not null,
    authorized       integer       not null,
    deployed         integer       not null,
    vacancies        integer       not null,
    fill_rate        decimal(9, 4),
    included         integer       not null,
    left_out         integer       not null
);

create table mission_result (
    period           varchar(7)    not null references report_run (period) on delete cascade,
    position         integer       not null,
    mission_id       varchar(100)  not null,
    name             varchar(1000) not null,
    partner          varchar(500),
    country          varchar(200)  not null,
    region           varchar(100)  not null,
    language         varchar(100),
    armed            boolean,
    since            varchar(100),
    pool_id          varchar(100),
    pool_name        varchar(500),
    authorized       integer,
    authorized_text  varchar(1000),
    pool_authorized  integer,
    deployed         integer,
    vacancies        integer,
    fill_rate        decimal(9, 4),
    status           varchar(20)   not null,
    primary key (period, mission_id)
);

create table pool_result (
    period           varchar(7)    not null references report_run (period) on delete cascade,
    pool_id          varchar(100)  not null,
    name             varchar(500)  not null,
    region           varchar(100),
    authorized       integer,
    authorized_text  varchar(1000),
    deployed         integer,
    total_only       boolean       not null,
    fill_rate        decimal(9, 4),
    primary key (period, pool_id)
);

create table region_result (
    period           varchar(7)    not null references report_run (period) on delete cascade,
    region           varchar(100)  not null,
    authorized       integer       not null,
    deployed         integer       not null,
    vacancies        integer       not null,
    fill_rate        decimal(9, 4),
    included         integer       not null,
    left_out         integer       not null,
    primary key (period, region)
);
