-- Trickle-down "trained at": the first attended class per person and course is read class by class, from the
-- sessions of the published courses to the attendance marks of their enrolments. This index answers that from
-- the index alone (no row lookups), which at a million enrolments is most of the dashboard's time.
create index ix_enrolment_session_attendance on enrolment (session_id, attendance, person_id);
