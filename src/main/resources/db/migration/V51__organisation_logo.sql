-- The organisation's logo (Settings), shown in the app shell and on the sign-in page. At most one row (id 1); kept
-- in the database so a backup of the database is a backup of it. Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

create table organisation_logo (
    id            int          not null,
    content_type  varchar(40)  not null,
    file_name     varchar(255) not null,
    size_bytes    int          not null,
    sha256        varchar(64)  not null,
    content       longblob     not null,
    uploaded_at   datetime(6)  not null,
    uploaded_by   varchar(80)  not null,
    primary key (id)
);
