-- Cascade core model. Runs unchanged on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).
-- Instants are stored as DATETIME(6) in UTC (hibernate.jdbc.time_zone=UTC).

create table department (
    id          bigint       not null auto_increment,
    version     bigint       not null default 0,
    name        varchar(120) not null,
    parent_id   bigint,
    -- materialised path of ids, e.g. '/1/4/17/': a subtree is one indexed LIKE prefix scan
    tree_path   varchar(512) not null,
    depth       int          not null,
    archived    boolean      not null default false,
    created_at  datetime(6)  not null,
    primary key (id),
    constraint fk_department_parent foreign key (parent_id) references department (id)
);
create index ix_department_parent on department (parent_id);
create index ix_department_tree_path on department (tree_path);

create table person (
    id               bigint       not null auto_increment,
    version          bigint       not null default 0,
    employee_number  varchar(40)  not null,
    first_name       varchar(80)  not null,
    last_name        varchar(80)  not null,
    email            varchar(254) not null,
    level            varchar(20)  not null,
    department_id    bigint       not null,
    reports_to_id    bigint,
    active           boolean      not null default true,
    created_at       datetime(6)  not null,
    primary key (id),
    constraint uk_person_employee_number unique (employee_number),
    constraint fk_person_department foreign key (department_id) references department (id),
    constraint fk_person_reports_to foreign key (reports_to_id) references person (id),
    constraint ck_person_level check (level in ('EXECUTIVE', 'SENIOR_LEADER', 'MANAGER', 'SUPERVISOR', 'STAFF'))
);
create index ix_person_department_level on person (department_id, level, active);
create index ix_person_reports_to on person (reports_to_id);
create index ix_person_level on person (level, active);

create table user_account (
    id             bigint       not null auto_increment,
    version        bigint       not null default 0,
    username       varchar(80)  not null,
    password_hash  varchar(100) not null,
    person_id      bigint,
    enabled        boolean      not null default true,
    locked         boolean      not null default false,
    created_at     datetime(6)  not null,
    last_login_at  datetime(6),
    primary key (id),
    constraint uk_user_account_username unique (username),
    constraint uk_user_account_person unique (person_id),
    constraint fk_user_account_person foreign key (person_id) references person (id)
);

create table user_account_role (
    account_id  bigint      not null,
    role        varchar(20) not null,
    primary key (account_id, role),
    constraint fk_user_account_role_account foreign key (account_id) references user_account (id),
    constraint ck_user_account_role check (role in ('ADMIN', 'TRAINER', 'EXECUTIVE', 'EMPLOYEE'))
);

create table course (
    id                bigint       not null auto_increment,
    version           bigint       not null default 0,
    code              varchar(40)  not null,
    title             varchar(160) not null,
    summary           varchar(1000),
    audience          varchar(20)  not null,
    refresher_months  int,
    status            varchar(20)  not null,
    context_text      text,
    content_text      text,
    buy_in_text       text,
    created_at        datetime(6)  not null,
    updated_at        datetime(6)  not null,
    primary key (id),
    constraint uk_course_code unique (code),
    constraint ck_course_audience check (audience in ('LEADERSHIP', 'STAFF', 'ALL')),
    constraint ck_course_status check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint ck_course_refresher check (refresher_months is null or refresher_months > 0)
);

create table course_module (
    id            bigint       not null auto_increment,
    version       bigint       not null default 0,
    course_id     bigint       not null,
    position      int          not null,
    title         varchar(160) not null,
    kind          varchar(20)  not null,
    body          text,
    url           varchar(1000),
    required      boolean      not null default true,
    pass_mark     int,
    max_attempts  int,
    primary key (id),
    constraint fk_course_module_course foreign key (course_id) references course (id),
    constraint ck_course_module_kind check (kind in ('TEXT', 'VIDEO', 'DOCUMENT', 'QUIZ', 'REFLECTION'))
);
create index ix_course_module_course on course_module (course_id, position);

create table class_session (
    id                bigint        not null auto_increment,
    version           bigint        not null default 0,
    course_id         bigint        not null,
    starts_at         datetime(6)   not null,
    duration_minutes  int           not null,
    time_zone         varchar(60)   not null,
    location          varchar(200),
    online_url        varchar(1000),
    capacity          int           not null,
    trainer_id        bigint,
    audience          varchar(20)   not null,
    notes             varchar(2000),
    cancelled_at      datetime(6),
    cancel_reason     varchar(500),
    created_at        datetime(6)   not null,
    primary key (id),
    constraint fk_class_session_course foreign key (course_id) references course (id),
    constraint fk_class_session_trainer foreign key (trainer_id) references person (id),
    constraint ck_class_session_audience check (audience in ('MANAGERS', 'STAFF', 'MIXED')),
    constraint ck_class_session_capacity check (capacity > 0),
    constraint ck_class_session_duration check (duration_minutes > 0)
);
create index ix_class_session_course_start on class_session (course_id, starts_at);
create index ix_class_session_start on class_session (starts_at);

create table class_session_department (
    session_id     bigint not null,
    department_id  bigint not null,
    primary key (session_id, department_id),
    constraint fk_csd_session foreign key (session_id) references class_session (id),
    constraint fk_csd_department foreign key (department_id) references department (id)
);
create index ix_csd_department on class_session_department (department_id);

create table enrolment (
    id                 bigint        not null auto_increment,
    version            bigint        not null default 0,
    session_id         bigint        not null,
    person_id          bigint        not null,
    status             varchar(20)   not null,
    waitlist_position  int,
    attendance         varchar(20),
    attendance_note    varchar(500),
    enrolled_at        datetime(6)   not null,
    attendance_at      datetime(6),
    gate_override      varchar(500),
    primary key (id),
    constraint uk_enrolment_session_person unique (session_id, person_id),
    constraint fk_enrolment_session foreign key (session_id) references class_session (id),
    constraint fk_enrolment_person foreign key (person_id) references person (id),
    constraint ck_enrolment_status check (status in ('ENROLLED', 'WAITLISTED', 'WITHDRAWN')),
    constraint ck_enrolment_attendance check (attendance is null or attendance in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT'))
);
-- trickle-down: "first attended session per person and course" reads (person, attendance) then joins the session
create index ix_enrolment_person_attendance on enrolment (person_id, attendance, session_id);
create index ix_enrolment_session_status on enrolment (session_id, status);

-- A course without classes is completed when its last required module is done.
create table course_completion (
    id            bigint      not null auto_increment,
    person_id     bigint      not null,
    course_id     bigint      not null,
    completed_at  datetime(6) not null,
    primary key (id),
    constraint fk_course_completion_person foreign key (person_id) references person (id),
    constraint fk_course_completion_course foreign key (course_id) references course (id)
);
create index ix_course_completion_course_person on course_completion (course_id, person_id, completed_at);

create table reinforcement_check_in (
    id            bigint        not null auto_increment,
    version       bigint        not null default 0,
    manager_id    bigint        not null,
    person_id     bigint        not null,
    course_id     bigint        not null,
    occurred_on   date          not null,
    kind          varchar(20)   not null,
    note          varchar(1000),
    created_at    datetime(6)   not null,
    primary key (id),
    constraint fk_check_in_manager foreign key (manager_id) references person (id),
    constraint fk_check_in_person foreign key (person_id) references person (id),
    constraint fk_check_in_course foreign key (course_id) references course (id),
    constraint ck_check_in_kind check (kind in ('COACHING', 'OBSERVATION'))
);
create index ix_check_in_person_course on reinforcement_check_in (person_id, course_id, occurred_on);
create index ix_check_in_manager on reinforcement_check_in (manager_id);

create table app_setting (
    name     varchar(80)   not null,
    value    varchar(2000) not null,
    version  bigint        not null default 0,
    primary key (name)
);
insert into app_setting (name, value) values ('trickle-down.policy', 'STRICT');
insert into app_setting (name, value) values ('gate.mode', 'WARN');
insert into app_setting (name, value) values ('reinforcement.window-days', '30');
insert into app_setting (name, value) values ('organisation.name', 'Cascade');
