-- Class sessions created by the historical attendance import (admin), told apart from scheduled ones.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

alter table class_session add column imported boolean not null default false;
