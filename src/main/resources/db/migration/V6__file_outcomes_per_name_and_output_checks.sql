-- Each name a run saw keeps its own outcome: a copy of a file under a second name is DUPLICATE (its
-- rows count once, under the first name), and the same bytes refused under two names (.xlsx and
-- .csv are read differently) keep a reason each. NULL on rows written before this migration: the
-- content's status and problem in intake_file apply.
ALTER TABLE run_input_file ADD COLUMN status VARCHAR(16);
ALTER TABLE run_input_file ADD COLUMN problem VARCHAR(2000);
-- file_id 0: an inbox entry whose bytes could not be read at all (no permission, a folder that
-- cannot be opened, a FIFO or socket, a broken link): it has no content record in intake_file.

-- What each staged output was when its step wrote it, so publish can tell a missing or damaged
-- file (a staging folder lost before a restart) from a whole one.
ALTER TABLE report_output ADD COLUMN size_bytes BIGINT;
ALTER TABLE report_output ADD COLUMN sha256 CHAR(64);
