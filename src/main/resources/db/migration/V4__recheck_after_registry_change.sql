-- A file is read again when the registry changed since it was imported and some of its rows were
-- rejected for what the registry says (an unknown unit or task): the administrator may have just
-- added that unit.
ALTER TABLE intake_file ADD COLUMN registry_sha CHAR(64);
ALTER TABLE rejected_row ADD COLUMN needs_registry BOOLEAN DEFAULT FALSE NOT NULL;
