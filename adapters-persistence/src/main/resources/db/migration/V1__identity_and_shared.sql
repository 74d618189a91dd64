-- The identity and shared contexts, and the two registry tables every account refers to.
-- The schema belongs to Flyway; Hibernate only validates it. Constraints back the rules so that a bug in
-- Java cannot corrupt the data.

CREATE TABLE districts (
    id                         BIGSERIAL PRIMARY KEY,
    name                       VARCHAR(100) NOT NULL CHECK (btrim(name) <> ''),
    active                     BOOLEAN      NOT NULL DEFAULT TRUE,
    conference_official_limit  INTEGER      NOT NULL DEFAULT 0 CHECK (conference_official_limit >= 0),
    conference_member_limit    INTEGER      NOT NULL DEFAULT 0 CHECK (conference_member_limit >= 0),
    created_at                 TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX districts_name_uq ON districts (upper(name));

-- A parish youth unit of a district (the old app's UnitName).
CREATE TABLE units (
    id          BIGSERIAL PRIMARY KEY,
    district_id BIGINT       NOT NULL REFERENCES districts (id),
    name        VARCHAR(150) NOT NULL CHECK (btrim(name) <> ''),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX units_district_name_uq ON units (district_id, upper(name));
CREATE INDEX units_district_idx ON units (district_id);

CREATE TABLE accounts (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL CHECK (btrim(username) <> ''),
    email         VARCHAR(254) CHECK (email IS NULL OR email = lower(email)),
    phone         VARCHAR(20),
    display_name  VARCHAR(150) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('ADMIN', 'UNIT', 'DISTRICT_OFFICIAL', 'JUDGE')),
    district_id   BIGINT REFERENCES districts (id),
    unit_id       BIGINT REFERENCES units (id),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT accounts_official_has_district CHECK (role <> 'DISTRICT_OFFICIAL' OR district_id IS NOT NULL),
    CONSTRAINT accounts_unit_has_unit CHECK (role <> 'UNIT' OR unit_id IS NOT NULL)
);
CREATE UNIQUE INDEX accounts_username_uq ON accounts (lower(username));
CREATE UNIQUE INDEX accounts_email_uq ON accounts (email) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX accounts_phone_uq ON accounts (phone) WHERE phone IS NOT NULL;
-- One account per unit.
CREATE UNIQUE INDEX accounts_one_per_unit_uq ON accounts (unit_id) WHERE role = 'UNIT';
-- One active district official per district.
CREATE UNIQUE INDEX accounts_one_active_official_uq ON accounts (district_id)
    WHERE role = 'DISTRICT_OFFICIAL' AND active;

-- The failed-sign-in state per account: persisted so that a lockout holds across restarts and instances.
CREATE TABLE login_attempts (
    account_id   BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    failures     INTEGER     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_start TIMESTAMPTZ,
    locked_until TIMESTAMPTZ,
    CHECK (failures = 0 OR window_start IS NOT NULL)
);

CREATE TABLE refresh_tokens (
    id         BIGSERIAL PRIMARY KEY,
    family_id  VARCHAR(36) NOT NULL,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash CHAR(64)    NOT NULL UNIQUE,
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL CHECK (expires_at > issued_at),
    used_at    TIMESTAMPTZ,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_account_idx ON refresh_tokens (account_id);

CREATE TABLE password_reset_tokens (
    id         BIGSERIAL PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash CHAR(64)    NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL CHECK (expires_at > created_at),
    used_at    TIMESTAMPTZ
);
CREATE INDEX password_reset_tokens_account_idx ON password_reset_tokens (account_id);

CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    actor_id    BIGINT REFERENCES accounts (id) ON DELETE SET NULL,
    actor_name  VARCHAR(150) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(64),
    target_id   VARCHAR(64),
    at          TIMESTAMPTZ  NOT NULL,
    details     JSONB        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_name, at DESC);

-- Bucket4j's PostgreSQL backend keeps the per-IP rate-limit buckets here, shared by every instance.
CREATE TABLE rate_limit_buckets (
    id         VARCHAR(200) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
