-- The weekly round shares the month's outbox: receipts (回执) to liaisons per file and unit,
-- reminders (催报) per unit and week, and the office's own notices (a file nobody could be told
-- about, the list of units reminded). kind is then RECEIPT, REMINDER or OFFICE; topic says what
-- the message is about ('file:<id>', 'week:<monday>', …; '' for the month's messages), so that
-- each is recorded once however often the round runs. Their words are decided when they are
-- planned (what the intake found then) and kept in body_text/body_html; the month's messages are
-- still worded when sent (NULL here).
ALTER TABLE mail_outbox ADD COLUMN topic VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN body_text TEXT;
ALTER TABLE mail_outbox ADD COLUMN body_html TEXT;
-- A run may now send one unit's liaison two receipts (two files): the topic is part of the key.
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_key;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_key UNIQUE (run_id, recipient, kind, unit_code, topic);
CREATE INDEX mail_outbox_topic ON mail_outbox (kind, topic);
