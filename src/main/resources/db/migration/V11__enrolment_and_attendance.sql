-- Walk-ins (people who came without being enrolled) and the record of attendance changed after the session day.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

alter table enrolment add column walk_in boolean not null default false;

create table attendance_change (
    id             bigint       not null auto_increment,
    enrolment_id   bigint       not null,
    changed_by     varchar(80)  not null,
    changed_at     datetime(6)  not null,
    old_attendance varchar(20),
    new_attendance varchar(20),
    primary key (id),
    constraint fk_attendance_change_enrolment foreign key (enrolment_id) references enrolment (id)
);
create index ix_attendance_change_enrolment on attendance_change (enrolment_id, changed_at);
