-- One revision counter for the organisation-wide settings (its version column). Every save of the settings checks
-- and bumps it in a single conditional update, so two admins saving at once take turns and the second is refused
-- instead of overwriting the first; a setting row written for the first time no longer slips past the check.
insert into app_setting (name, value) values ('settings.revision', 'see version');
