-- Payments (DOMAIN.md, "Fees and payments"): one model for every fee. A payment has a purpose and the scope
-- column of that purpose (the Kalamela's edition year now; the conference and appeal columns come with their
-- issues), the paying district, an exact amount, its status and its history of moves; proofs point at files
-- kept outside the database under random keys. Idempotency keys make creation safe to retry.

CREATE TABLE payments (
    id           BIGSERIAL     PRIMARY KEY,
    purpose      VARCHAR(20)   NOT NULL CHECK (purpose IN ('KALAMELA_FEES')),
    edition_year INTEGER       REFERENCES editions (year),
    district_id  BIGINT        NOT NULL REFERENCES districts (id),
    amount       NUMERIC(12, 2) NOT NULL CONSTRAINT payments_amount_positive CHECK (amount > 0),
    status       VARCHAR(16)   NOT NULL
        CHECK (status IN ('AWAITING_PROOF', 'PROOF_SUBMITTED', 'APPROVED', 'REJECTED')),
    created_by   BIGINT        NOT NULL REFERENCES accounts (id),
    created_at   TIMESTAMPTZ   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    -- The scope column of the purpose is set, and only it.
    CONSTRAINT payments_scope_of_purpose CHECK (purpose = 'KALAMELA_FEES' AND edition_year IS NOT NULL)
);
-- At most one open payment (awaiting proof or review) per district and scope; OpenPaymentPolicy checks it
-- first under the scope's advisory lock, this catches what slips past.
CREATE UNIQUE INDEX payments_one_open_uq ON payments (purpose, edition_year, district_id)
    WHERE status IN ('AWAITING_PROOF', 'PROOF_SUBMITTED');
CREATE INDEX payments_district_idx ON payments (district_id, purpose, edition_year, created_at);
CREATE INDEX payments_status_idx ON payments (purpose, edition_year, status, created_at);

-- Every move of a payment, its creation first: who, when, from which status to which, and a rejection's reason.
CREATE TABLE payment_transitions (
    id          BIGSERIAL   PRIMARY KEY,
    payment_id  BIGINT      NOT NULL REFERENCES payments (id),
    from_status VARCHAR(16) CHECK (from_status IN ('AWAITING_PROOF', 'PROOF_SUBMITTED', 'APPROVED', 'REJECTED')),
    to_status   VARCHAR(16) NOT NULL
        CHECK (to_status IN ('AWAITING_PROOF', 'PROOF_SUBMITTED', 'APPROVED', 'REJECTED')),
    actor_id    BIGINT      NOT NULL REFERENCES accounts (id),
    at          TIMESTAMPTZ NOT NULL,
    reason      VARCHAR(1000),
    CONSTRAINT payment_transitions_reason_of_rejection CHECK ((to_status = 'REJECTED') = (reason IS NOT NULL))
);
CREATE INDEX payment_transitions_payment_idx ON payment_transitions (payment_id, id);

-- Uploaded proofs; the file is in proof storage under storage_key (random, never the uploader's name).
CREATE TABLE payment_proofs (
    id           BIGSERIAL    PRIMARY KEY,
    payment_id   BIGINT       NOT NULL REFERENCES payments (id),
    storage_key  VARCHAR(100) NOT NULL CONSTRAINT payment_proofs_storage_key_uq UNIQUE,
    content_type VARCHAR(32)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   BIGINT       NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    file_name    VARCHAR(100) NOT NULL,
    uploaded_by  BIGINT       NOT NULL REFERENCES accounts (id),
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX payment_proofs_payment_idx ON payment_proofs (payment_id, id);

-- Idempotency keys of creations, per account: the fingerprint of the first request and what it created, so a
-- retry gets the same answer and another request with the same key is refused.
CREATE TABLE idempotency_keys (
    account_id       BIGINT      NOT NULL REFERENCES accounts (id),
    idempotency_key  VARCHAR(200) NOT NULL,
    request_hash     CHAR(64)    NOT NULL,
    resource_id      BIGINT      NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    CONSTRAINT idempotency_keys_pkey PRIMARY KEY (account_id, idempotency_key)
);
