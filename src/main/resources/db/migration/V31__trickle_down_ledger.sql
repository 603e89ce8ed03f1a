-- The trickle-down ledger: what the executives' dashboard reads, kept up to date as attendance, completions,
-- check-ins, people and settings change (io.cascade.insight.TrickleDownLedger), so a dashboard request reads a few
-- thousand prepared rows instead of judging a million attendance marks. Rebuilt from the source tables whenever
-- the marker row 'trickle-down.ledger' in app_setting is missing (a new install, or after this migration).

-- "Trained at" (docs/domain.md): the start of the first non-cancelled class attended PRESENT or LATE, or for a
-- course that never had a class, the first completion. One row per trained (person, course), all time.
create table course_training (
    person_id   bigint      not null,
    course_id   bigint      not null,
    trained_at  datetime(6) not null,
    in_class    boolean     not null,
    primary key (person_id, course_id)
);
create index ix_course_training_course on course_training (course_id, person_id, trained_at);

-- One department's own members and one course, judged under both policies; only where somebody is trained.
-- managers/staff are the department's active members when the cell was judged; trained_reports counts trained
-- active STAFF with a direct manager, reinforced_reports those with an on-time check-in by that manager.
create table trickle_down_cell (
    department_id       bigint      not null,
    course_id           bigint      not null,
    managers            int         not null,
    managers_trained    int         not null,
    staff               int         not null,
    staff_trained       int         not null,
    strict_status       varchar(30) not null,
    lenient_status      varchar(30) not null,
    trained_reports     int         not null,
    reinforced_reports  int         not null,
    primary key (department_id, course_id)
);
create index ix_trickle_down_cell_course on trickle_down_cell (course_id);

-- Every staff member trained out of order, per policy: "staff X trained on D1, manager Y not until D2 (or not yet)".
create table trickle_down_violation (
    policy               varchar(10) not null,
    department_id        bigint      not null,
    course_id            bigint      not null,
    staff_person_id      bigint      not null,
    staff_trained_at     datetime(6) not null,
    manager_person_id    bigint,
    manager_trained_at   datetime(6),
    primary key (policy, department_id, course_id, staff_person_id)
);
create index ix_trickle_down_violation_course on trickle_down_violation (course_id);
