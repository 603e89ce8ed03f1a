-- Course authoring: quiz questions with their options, and documents uploaded for DOCUMENT modules.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

create table quiz_question (
    id               bigint        not null auto_increment,
    version          bigint        not null default 0,
    module_id        bigint        not null,
    position         int           not null,
    prompt           varchar(1000) not null,
    multiple_choice  boolean       not null default false,
    primary key (id),
    constraint fk_quiz_question_module foreign key (module_id) references course_module (id)
);
create index ix_quiz_question_module on quiz_question (module_id, position);

-- The options of a question are a value list of the question, replaced as a whole when the question is edited.
create table quiz_option (
    question_id  bigint       not null,
    position     int          not null,
    label        varchar(500) not null,
    correct      boolean      not null default false,
    primary key (question_id, position),
    constraint fk_quiz_option_question foreign key (question_id) references quiz_question (id)
);

-- At most one file per DOCUMENT module, stored with the course so a backup of the database is a backup of it.
create table course_document (
    id            bigint       not null auto_increment,
    version       bigint       not null default 0,
    module_id     bigint       not null,
    file_name     varchar(255) not null,
    content_type  varchar(120) not null,
    size_bytes    bigint       not null,
    content       longblob     not null,
    uploaded_at   datetime(6)  not null,
    primary key (id),
    constraint uk_course_document_module unique (module_id),
    constraint fk_course_document_module foreign key (module_id) references course_module (id)
);
