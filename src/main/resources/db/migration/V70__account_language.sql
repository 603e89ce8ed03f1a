-- The language a person chose in their profile menu (en, de, fr, es); null: their browser's, else the organisation's.
alter table user_account add column language varchar(8) null;
