-- Training rounds from the ledger (docs/performance.md, "Training rounds"): a round [from, to) judges each staff
-- member's first training in the window against the trainings their managers held valid then (DOMAIN.md, "Rounds
-- and valid training"). These tables are kept by io.cascade.insight.TrickleDownLedger with the cells of V31-V41 and
-- rebuilt with them (the ledger's marker version changes with this migration).

-- Every training, not only the first: each non-cancelled class attended PRESENT or LATE (its start), or, for a
-- course that never had a class, each completion. course_training (V31) is the first of these per person and course.
create table course_training_event (
    person_id   bigint      not null,
    course_id   bigint      not null,
    trained_at  datetime(6) not null,
    in_class    boolean     not null,
    primary key (person_id, course_id, trained_at)
);
create index ix_course_training_event_course on course_training_event (course_id, person_id);

-- Every training of each department's own active members, each staff training judged once under both policies
-- against the managers' training histories, whatever the round (the judgement does not depend on the window):
-- previous_at is the person's previous training in the course (null: none), so "from <= trained_at < to and
-- (previous_at is null or previous_at < from)" selects each person's first training in a round without a window
-- function; valid_until is when the training expires (null: the course does not recur), so managers holding a
-- valid training at u are "trained_at <= u and (valid_until is null or valid_until >= u)". reported: a staff member
-- with a direct manager; reinforced: with an on-time check-in by that manager after this training.
create table trickle_down_round_training (
    department_id      bigint      not null,
    course_id          bigint      not null,
    person_id          bigint      not null,
    trained_at         datetime(6) not null,
    level              varchar(20) not null,
    staff              boolean     not null,
    previous_at        datetime(6),
    valid_until        datetime(6),
    reported           boolean     not null,
    reinforced         boolean     not null,
    strict_violation   boolean     not null,
    lenient_violation  boolean     not null,
    primary key (department_id, course_id, person_id, trained_at)
);
-- managers holding a valid training at the end of a round: read in the order of the cells, counted without sorting
create index ix_round_training_managers on trickle_down_round_training (staff, department_id, course_id, person_id,
    trained_at, valid_until);
-- a round that does not start or end at a month's start: the trainings of the days around its whole months
create index ix_round_training_trained on trickle_down_round_training (trained_at);
create index ix_round_training_previous on trickle_down_round_training (previous_at);

-- The staff trainings of trickle_down_round_training judged out of order, per policy, with the manager named and
-- when that manager was trained (null: not yet), as in trickle_down_violation: a few thousand rows, so a round's
-- violations are read without touching the large table above.
create table trickle_down_round_violation (
    policy              varchar(10) not null,
    department_id       bigint      not null,
    course_id           bigint      not null,
    staff_person_id     bigint      not null,
    staff_trained_at    datetime(6) not null,
    previous_at         datetime(6),
    manager_person_id   bigint,
    manager_trained_at  datetime(6),
    primary key (department_id, course_id, policy, staff_person_id, staff_trained_at)
);
create index ix_round_violation_trained on trickle_down_round_violation (policy, staff_trained_at);
-- a roll call replaces one department's violations of one course: found without reading the others (V31's table
-- is keyed by policy first)
create index ix_trickle_down_violation_department on trickle_down_violation (department_id, course_id);

-- The same trainings summed per department, course, month of training (trained_month = year * 100 + month, UTC),
-- month of the person's previous training (previous_month, 0 = none) and level, so that a round of whole months is
-- counted from a few ten thousand rows instead of every training: its rows are those with trained_month in the
-- round and previous_month = 0 or before the round's first month.
create table trickle_down_round_month (
    department_id       bigint      not null,
    course_id           bigint      not null,
    trained_month       int         not null,
    previous_month      int         not null,
    level               varchar(20) not null,
    trainings           int         not null,
    strict_violations   int         not null,
    lenient_violations  int         not null,
    reported            int         not null,
    reinforced          int         not null,
    primary key (department_id, course_id, trained_month, previous_month, level)
);
create index ix_round_month_window on trickle_down_round_month (level, trained_month, previous_month, department_id,
    course_id, trainings, strict_violations, lenient_violations, reported, reinforced);
-- summing one course's months over the departments after a roll call
create index ix_round_month_course on trickle_down_round_month (course_id);

-- The staff's rows of trickle_down_round_month summed per year of training: a round of whole years (this year's
-- refresher) reads one row per department, course and previous month instead of twelve.
create table trickle_down_round_year (
    department_id       bigint not null,
    course_id           bigint not null,
    trained_year        int    not null,
    previous_month      int    not null,
    trainings           int    not null,
    strict_violations   int    not null,
    lenient_violations  int    not null,
    reported            int    not null,
    reinforced          int    not null,
    primary key (department_id, course_id, trained_year, previous_month)
);
create index ix_round_year_window on trickle_down_round_year (trained_year, previous_month, department_id, course_id,
    trainings, strict_violations, lenient_violations, reported, reinforced);

-- trickle_down_round_month summed over the departments, for the whole organisation's trend in a round.
create table trickle_down_round_course_month (
    course_id           bigint      not null,
    trained_month       int         not null,
    previous_month      int         not null,
    level               varchar(20) not null,
    trainings           int         not null,
    strict_violations   int         not null,
    lenient_violations  int         not null,
    primary key (course_id, trained_month, previous_month, level)
);
