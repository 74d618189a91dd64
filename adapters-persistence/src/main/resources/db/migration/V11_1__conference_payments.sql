-- The conference's fees go through the shared payments (V7): a payment of the purpose CONFERENCE_FEES is scoped
-- by its conference, in a column of its own, and a district has at most one open payment per conference.

ALTER TABLE payments ADD COLUMN conference_id BIGINT REFERENCES conferences (id);

ALTER TABLE payments DROP CONSTRAINT payments_purpose_check;
ALTER TABLE payments ADD CONSTRAINT payments_purpose_check CHECK (purpose IN ('KALAMELA_FEES', 'CONFERENCE_FEES'));

-- The scope column of the purpose is set, and only it.
ALTER TABLE payments DROP CONSTRAINT payments_scope_of_purpose;
ALTER TABLE payments ADD CONSTRAINT payments_scope_of_purpose CHECK (
    (purpose = 'KALAMELA_FEES' AND edition_year IS NOT NULL AND conference_id IS NULL)
    OR (purpose = 'CONFERENCE_FEES' AND conference_id IS NOT NULL AND edition_year IS NULL));

-- One open payment per district and scope, whichever column holds the scope (a NULL would never collide).
DROP INDEX payments_one_open_uq;
CREATE UNIQUE INDEX payments_one_open_uq
    ON payments (purpose, COALESCE(edition_year, 0), COALESCE(conference_id, 0), district_id)
    WHERE status IN ('AWAITING_PROOF', 'PROOF_SUBMITTED');
CREATE INDEX payments_conference_idx ON payments (conference_id, district_id, created_at)
    WHERE conference_id IS NOT NULL;
