-- An employee's own learning: progress per module, quiz attempts, reflection answers, certificates and service
-- stories. Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

-- One row per person and module once the module was opened; completed_at is set when it is done.
create table module_progress (
    id              bigint      not null auto_increment,
    person_id       bigint      not null,
    course_id       bigint      not null,
    module_id       bigint      not null,
    last_opened_at  datetime(6) not null,
    completed_at    datetime(6),
    primary key (id),
    constraint uk_module_progress_person_module unique (person_id, module_id),
    constraint fk_module_progress_person foreign key (person_id) references person (id),
    constraint fk_module_progress_course foreign key (course_id) references course (id),
    constraint fk_module_progress_module foreign key (module_id) references course_module (id)
);
create index ix_module_progress_person_course on module_progress (person_id, course_id, last_opened_at);

-- Every submitted quiz, scored on the server; the chosen options are kept as "questionId:pos,pos;..." for review.
create table quiz_attempt (
    id              bigint       not null auto_increment,
    person_id       bigint       not null,
    module_id       bigint       not null,
    attempt_number  int          not null,
    score_percent   int          not null,
    passed          boolean      not null,
    answers         varchar(4000) not null,
    submitted_at    datetime(6)  not null,
    primary key (id),
    constraint uk_quiz_attempt_number unique (person_id, module_id, attempt_number),
    constraint fk_quiz_attempt_person foreign key (person_id) references person (id),
    constraint fk_quiz_attempt_module foreign key (module_id) references course_module (id)
);

create table reflection_answer (
    id           bigint      not null auto_increment,
    person_id    bigint      not null,
    module_id    bigint      not null,
    answer       text        not null,
    answered_at  datetime(6) not null,
    primary key (id),
    constraint uk_reflection_answer_person_module unique (person_id, module_id),
    constraint fk_reflection_answer_person foreign key (person_id) references person (id),
    constraint fk_reflection_answer_module foreign key (module_id) references course_module (id)
);

-- Name and title are copied at issue: a certificate states what was true on the day.
create table certificate (
    id            bigint       not null auto_increment,
    code          varchar(20)  not null,
    person_id     bigint       not null,
    course_id     bigint       not null,
    person_name   varchar(170) not null,
    course_title  varchar(160) not null,
    issued_at     datetime(6)  not null,
    primary key (id),
    constraint uk_certificate_code unique (code),
    constraint fk_certificate_person foreign key (person_id) references person (id),
    constraint fk_certificate_course foreign key (course_id) references course (id)
);
create index ix_certificate_person on certificate (person_id, issued_at);

create table service_story (
    id             bigint        not null auto_increment,
    author_id      bigint        not null,
    course_id      bigint        not null,
    department_id  bigint        not null,
    kind           varchar(20)   not null,
    title          varchar(120)  not null,
    what_happened  varchar(2000) not null,
    what_learned   varchar(2000) not null,
    featured       boolean       not null default false,
    hidden         boolean       not null default false,
    created_at     datetime(6)   not null,
    primary key (id),
    constraint fk_service_story_author foreign key (author_id) references person (id),
    constraint fk_service_story_course foreign key (course_id) references course (id),
    constraint fk_service_story_department foreign key (department_id) references department (id),
    constraint ck_service_story_kind check (kind in ('SUCCESS', 'FAILURE'))
);
create index ix_service_story_featured on service_story (featured, hidden, created_at);
create index ix_service_story_course on service_story (course_id, created_at);
