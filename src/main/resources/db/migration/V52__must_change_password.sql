-- After an admin resets a password to a one-time password, its owner must choose a new one at the next sign-in.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

alter table user_account add column must_change_password boolean not null default false;
