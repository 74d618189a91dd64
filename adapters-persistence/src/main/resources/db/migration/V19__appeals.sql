-- Appeals against published results (DOMAIN.md "Appeals"): one per entry or team, filed by the district's
-- official or publicly with the member's phone, within the window after the event's first publication (checked
-- by the domain on the server's clock); the fee is a payment of the shared payments (purpose APPEAL_FEE, scoped
-- by the appeal); the decision keeps the entry's result it was taken on, for the decision letter.

CREATE TABLE appeals (
    id                  BIGSERIAL     PRIMARY KEY,
    event_id            BIGINT        NOT NULL,
    edition_year        INTEGER       NOT NULL,
    individual_entry_id BIGINT        REFERENCES individual_entries (id),
    team_id             BIGINT        REFERENCES teams (id),
    district_id         BIGINT        NOT NULL REFERENCES districts (id),
    -- The official who filed it; NULL when filed publicly with the member's phone number.
    filed_by            BIGINT        REFERENCES accounts (id),
    statement           TEXT          NOT NULL CHECK (btrim(statement) <> '' AND char_length(statement) <= 2000),
    filed_at            TIMESTAMPTZ   NOT NULL,
    status              VARCHAR(13)   NOT NULL CHECK (status IN ('SUBMITTED', 'FEE_CONFIRMED', 'ACCEPTED', 'REJECTED')),
    fee_confirmed_by    BIGINT        REFERENCES accounts (id),
    fee_confirmed_at    TIMESTAMPTZ,
    reply               TEXT          CHECK (reply IS NULL OR (btrim(reply) <> '' AND char_length(reply) <= 2000)),
    decided_by          BIGINT        REFERENCES accounts (id),
    decided_at          TIMESTAMPTZ,
    fee_outcome         VARCHAR(8)    CHECK (fee_outcome IN ('KEPT', 'REFUNDED')),
    -- The entry's published result the decision was taken on (NULL for an entry the result left out).
    before_revision     INTEGER       CHECK (before_revision >= 0),
    before_mark         NUMERIC(5,2),
    before_grade        VARCHAR(3),
    before_rank         INTEGER       CHECK (before_rank >= 1),
    before_points       INTEGER       CHECK (before_points >= 0),
    CONSTRAINT appeals_event_fk FOREIGN KEY (event_id, edition_year) REFERENCES festival_events (id, edition_year),
    CONSTRAINT appeals_one_performer CHECK ((individual_entry_id IS NULL) <> (team_id IS NULL)),
    CONSTRAINT appeals_fee_confirmed CHECK ((status = 'SUBMITTED') = (fee_confirmed_at IS NULL)
        AND (fee_confirmed_at IS NULL) = (fee_confirmed_by IS NULL)),
    CONSTRAINT appeals_decided CHECK ((status IN ('ACCEPTED', 'REJECTED')) = (decided_at IS NOT NULL)
        AND (decided_at IS NULL) = (decided_by IS NULL) AND (decided_at IS NULL) = (reply IS NULL)
        AND (decided_at IS NULL) = (fee_outcome IS NULL)
        AND (status <> 'ACCEPTED' OR fee_outcome = 'REFUNDED') AND (status <> 'REJECTED' OR fee_outcome = 'KEPT')),
    CONSTRAINT appeals_before_whole CHECK ((before_revision IS NULL) = (before_mark IS NULL)
        AND (before_mark IS NULL) = (before_rank IS NULL) AND (before_rank IS NULL) = (before_points IS NULL))
);
-- One appeal per entry and per team: two racing filings give one appeal.
CREATE UNIQUE INDEX appeals_entry_uq ON appeals (individual_entry_id) WHERE individual_entry_id IS NOT NULL;
CREATE UNIQUE INDEX appeals_team_uq ON appeals (team_id) WHERE team_id IS NOT NULL;
CREATE INDEX appeals_status_idx ON appeals (edition_year, status, filed_at);
CREATE INDEX appeals_event_idx ON appeals (event_id);
CREATE INDEX appeals_district_idx ON appeals (district_id, filed_at);

-- The appeal fee is a payment of the shared payments, scoped by its appeal.
ALTER TABLE payments ADD COLUMN appeal_id BIGINT REFERENCES appeals (id);
ALTER TABLE payments DROP CONSTRAINT payments_purpose_check;
ALTER TABLE payments ADD CONSTRAINT payments_purpose_check
    CHECK (purpose IN ('KALAMELA_FEES', 'CONFERENCE_FEES', 'APPEAL_FEE'));
ALTER TABLE payments DROP CONSTRAINT payments_scope_of_purpose;
ALTER TABLE payments ADD CONSTRAINT payments_scope_of_purpose CHECK (
    (purpose = 'KALAMELA_FEES' AND edition_year IS NOT NULL AND conference_id IS NULL AND appeal_id IS NULL)
    OR (purpose = 'CONFERENCE_FEES' AND conference_id IS NOT NULL AND edition_year IS NULL AND appeal_id IS NULL)
    OR (purpose = 'APPEAL_FEE' AND appeal_id IS NOT NULL AND edition_year IS NULL AND conference_id IS NULL));
DROP INDEX payments_one_open_uq;
CREATE UNIQUE INDEX payments_one_open_uq
    ON payments (purpose, COALESCE(edition_year, 0), COALESCE(conference_id, 0), COALESCE(appeal_id, 0), district_id)
    WHERE status IN ('AWAITING_PROOF', 'PROOF_SUBMITTED');
CREATE INDEX payments_appeal_idx ON payments (appeal_id) WHERE appeal_id IS NOT NULL;

-- A public appeal is filed without an account: its Idempotency-Key is remembered without one (the request's
-- fingerprint still guards the key against another request).
ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey;
ALTER TABLE idempotency_keys ALTER COLUMN account_id DROP NOT NULL;
CREATE UNIQUE INDEX idempotency_keys_owner_uq ON idempotency_keys (COALESCE(account_id, 0), idempotency_key);
