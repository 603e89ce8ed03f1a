-- Kept with the ledger's cells (V31–V33): each department's active managers and staff, so a dashboard need not
-- count 20,000 people per request; and the staff trained out of order per month under each policy, so the trend
-- reads one small table.
create table trickle_down_department (
    department_id  bigint not null,
    managers       int    not null,
    staff          int    not null,
    primary key (department_id)
);

alter table trickle_down_month add column strict_violations int default 0 not null;
alter table trickle_down_month add column lenient_violations int default 0 not null;
alter table trickle_down_course_month add column strict_violations int default 0 not null;
alter table trickle_down_course_month add column lenient_violations int default 0 not null;
