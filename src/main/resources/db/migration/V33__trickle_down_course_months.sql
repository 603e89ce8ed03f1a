-- The whole organisation's trainings per course, month and level: trickle_down_month (V32) summed over the
-- departments, kept with it, so the unfiltered trend reads a few hundred rows. A division's trend still sums the
-- department rows of its subtree.
create table trickle_down_course_month (
    course_id      bigint      not null,
    trained_year   int         not null,
    trained_month  int         not null,
    level          varchar(20) not null,
    trainings      int         not null,
    primary key (course_id, trained_year, trained_month, level)
);
