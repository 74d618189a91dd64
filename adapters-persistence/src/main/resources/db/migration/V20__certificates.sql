-- Certificates of published results (DOMAIN.md "Certificates", ADR-19): one per member of a graded or placed
-- entry or team, issued in the transaction that publishes the event's result, with a random serial (160 bits,
-- Crockford's base32) that the public verification address names. A republication voids the event's valid
-- certificates and issues new ones; a voided one keeps when and by whom, and the serial of its replacement.
-- Rows are never deleted: they are the record of every issue and void.

CREATE TABLE certificates (
    id                  BIGSERIAL   PRIMARY KEY,
    serial              CHAR(32)    NOT NULL CHECK (serial ~ '^[0-9A-HJKMNP-TV-Z]{32}$'),
    event_id            BIGINT      NOT NULL,
    edition_year        INTEGER     NOT NULL,
    -- The result's revision it states (0: the first publication).
    revision            INTEGER     NOT NULL CHECK (revision >= 0),
    individual_entry_id BIGINT      REFERENCES individual_entries (id),
    team_id             BIGINT      REFERENCES teams (id),
    member_id           BIGINT      NOT NULL REFERENCES members (id),
    -- The entry's unit and district when the result was computed (entry_results), for the bulk downloads.
    unit_id             BIGINT      NOT NULL REFERENCES units (id),
    district_id         BIGINT      NOT NULL REFERENCES districts (id),
    grade               VARCHAR(3),
    rank                INTEGER     NOT NULL CHECK (rank >= 1),
    issued_at           TIMESTAMPTZ NOT NULL,
    issued_by           BIGINT      NOT NULL REFERENCES accounts (id),
    voided_at           TIMESTAMPTZ,
    voided_by           BIGINT      REFERENCES accounts (id),
    -- Deferred: a republication voids the old certificates before it inserts their replacements, so the
    -- one-valid-per-member index below never sees two at once.
    replaced_by         CHAR(32),
    CONSTRAINT certificates_serial_uq UNIQUE (serial),
    CONSTRAINT certificates_replaced_by_fk FOREIGN KEY (replaced_by) REFERENCES certificates (serial)
        DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT certificates_event_fk FOREIGN KEY (event_id, edition_year) REFERENCES festival_events (id, edition_year),
    CONSTRAINT certificates_one_performer CHECK ((individual_entry_id IS NULL) <> (team_id IS NULL)),
    -- Graded or placed (CertificateEligibility), so a bug in Java cannot issue one for nothing.
    CONSTRAINT certificates_earned CHECK (grade IS NOT NULL OR rank <= 3),
    CONSTRAINT certificates_voided CHECK ((voided_at IS NULL) = (voided_by IS NULL)
        AND (voided_at IS NOT NULL OR replaced_by IS NULL) AND replaced_by IS DISTINCT FROM serial)
);
CREATE UNIQUE INDEX certificates_valid_uq ON certificates (event_id, member_id) WHERE voided_at IS NULL;
CREATE INDEX certificates_unit_idx ON certificates (unit_id) WHERE voided_at IS NULL;
CREATE INDEX certificates_district_idx ON certificates (district_id) WHERE voided_at IS NULL;
CREATE INDEX certificates_edition_idx ON certificates (edition_year) WHERE voided_at IS NULL;
