-- The conference: conferences (one active at a time) and their delegates, officials appointed by the admin
-- and members added by the district's official. The district's limits stay on districts
-- (conference_official_limit, conference_member_limit); the limits are checked under a per-district lock
-- (docs/architecture.md, ADR-7), the once-per-conference rule is also a key here.

CREATE TABLE conferences (
    id           BIGSERIAL     PRIMARY KEY,
    title        VARCHAR(200)  NOT NULL CHECK (btrim(title) <> ''),
    details      TEXT          CHECK (char_length(details) <= 5000),
    -- The conference's fee per delegate (officials and members alike); 300 unless the admin sets another.
    delegate_fee NUMERIC(12,2) NOT NULL DEFAULT 300.00 CHECK (delegate_fee >= 0),
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- At most one active conference.
CREATE UNIQUE INDEX conferences_one_active_uq ON conferences (active) WHERE active;

CREATE TABLE conference_delegates (
    id                  BIGSERIAL   PRIMARY KEY,
    conference_id       BIGINT      NOT NULL REFERENCES conferences (id),
    district_id         BIGINT      NOT NULL REFERENCES districts (id),
    member_id           BIGINT      NOT NULL REFERENCES members (id),
    kind                VARCHAR(8)  NOT NULL CHECK (kind IN ('OFFICIAL', 'MEMBER')),
    food_preference     VARCHAR(8)  NOT NULL CHECK (food_preference IN ('VEG', 'NON_VEG')),
    accommodation       BOOLEAN     NOT NULL,
    -- An appointed official is linked to the district's DISTRICT_OFFICIAL account; a member delegate is not.
    official_account_id BIGINT      REFERENCES accounts (id),
    added_by            BIGINT      NOT NULL REFERENCES accounts (id),
    added_at            TIMESTAMPTZ NOT NULL,
    CONSTRAINT conference_delegates_official_account CHECK ((kind = 'OFFICIAL') = (official_account_id IS NOT NULL)),
    -- A member is a delegate once per conference, whatever the kind.
    CONSTRAINT conference_delegates_once UNIQUE (conference_id, member_id)
);
CREATE INDEX conference_delegates_district_idx ON conference_delegates (conference_id, district_id, kind);
CREATE INDEX conference_delegates_member_idx ON conference_delegates (member_id);
