-- Issue 17: the import from the old Django app. One row per imported old row: which table it came from, its
-- old id and the id of what it became here (an account, a member, a team ...). The import looks rows up here
-- before loading them, so a second run imports nothing new and an interrupted run resumes after its last
-- committed batch. Written in the importing transaction, so a rolled-back batch leaves no mapping.
CREATE TABLE legacy_import_ids (
    legacy_table text        NOT NULL CHECK (legacy_table ~ '^[A-Z_]+$'),
    legacy_id    bigint      NOT NULL,
    new_id       bigint      NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT legacy_import_ids_pk PRIMARY KEY (legacy_table, legacy_id)
);
