-- A person's calendar subscription: a secret token in the feed address, revocable (delete) and regenerable.
-- Runs on MySQL 8.4, MariaDB 10.11+ and H2 (MySQL mode).

create table calendar_feed (
    person_id   bigint       not null,
    token       varchar(64)  not null,
    created_at  datetime(6)  not null,
    primary key (person_id),
    constraint uk_calendar_feed_token unique (token),
    constraint fk_calendar_feed_person foreign key (person_id) references person (id)
);
