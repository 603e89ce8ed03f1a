-- Who let a staff member past the managers-first gate, shown with the reason on the rollout page.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

alter table enrolment add column gate_override_by varchar(80);
