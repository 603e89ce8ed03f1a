-- The marker of the trickle-down ledger's build moves from the organisation's settings (the row 'trickle-down.ledger'
-- of app_setting) to a table of the insight module's own: one row (id 1) holding the version of the ledger's content
-- it was built by (io.cascade.insight.TrickleDownLedger). Without the row, or with another version, the ledger is
-- rebuilt from the source tables at start-up; the marker is carried over, so an install is not rebuilt for this.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

create table trickle_down_ledger_build (
    id       int         not null,
    version  varchar(20) not null,
    primary key (id)
);

insert into trickle_down_ledger_build (id, version)
select 1, value from app_setting where name = 'trickle-down.ledger' and char_length(value) <= 20;

delete from app_setting where name = 'trickle-down.ledger';
