-- Append-only audit trail: who changed what, when, and the state before and after (JSON text).
-- The application only ever inserts into this table.
create table audit_event (
    id           bigint       not null auto_increment,
    occurred_at  datetime(6)  not null,
    actor        varchar(80)  not null,
    entity_type  varchar(40)  not null,
    entity_id    varchar(80),
    action       varchar(40)  not null,
    summary      varchar(500) not null,
    before_json  text,
    after_json   text,
    primary key (id)
);
create index ix_audit_event_occurred on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor, occurred_at);
create index ix_audit_event_entity on audit_event (entity_type, entity_id, occurred_at);
