-- Trainings per month and level of each department's own members in each course, kept with the ledger's cells
-- (V31), so the dashboard's trend sums a few thousand rows instead of grouping every "trained at".
create table trickle_down_month (
    department_id  bigint      not null,
    course_id      bigint      not null,
    trained_year   int         not null,
    trained_month  int         not null,
    level          varchar(20) not null,
    trainings      int         not null,
    primary key (department_id, course_id, trained_year, trained_month, level)
);
create index ix_trickle_down_month_course on trickle_down_month (course_id);

-- The executives' dashboard lists the latest gate overrides: few enrolments have one, so an index finds them
-- without reading every enrolment.
create index ix_enrolment_gate_override on enrolment (gate_override);
