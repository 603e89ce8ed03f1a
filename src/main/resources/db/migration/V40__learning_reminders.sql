-- Reminder mails already sent, so that a second run (or two at once) never sends one again: a refresher reminder
-- per person, course and due day; a check-in reminder per manager, report and course. A row is written before the
-- mail goes out (the primary key lets only one run claim it) and removed again when the mail could not be sent.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

create table refresher_reminder (
    person_id  bigint      not null,
    course_id  bigint      not null,
    due_on     date        not null,
    sent_at    datetime(6) not null,
    primary key (person_id, course_id, due_on),
    constraint fk_refresher_reminder_person foreign key (person_id) references person (id),
    constraint fk_refresher_reminder_course foreign key (course_id) references course (id)
);

create table check_in_reminder (
    manager_id  bigint      not null,
    person_id   bigint      not null,
    course_id   bigint      not null,
    sent_at     datetime(6) not null,
    primary key (manager_id, person_id, course_id),
    constraint fk_check_in_reminder_manager foreign key (manager_id) references person (id),
    constraint fk_check_in_reminder_person foreign key (person_id) references person (id),
    constraint fk_check_in_reminder_course foreign key (course_id) references course (id)
);
