-- The Kalamela festival's registration: editions with their rules, events, exclusions, individual entries,
-- chest numbers, teams and the counters numbers are drawn from. Every limit the use cases check under a
-- lock is backed here by a constraint wherever a constraint can express it (docs/architecture.md, ADR-7).

CREATE TABLE editions (
    year                INTEGER     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
    -- FestivalRules of the edition (DOMAIN.md's edition rules), edited by admins; read and written whole.
    rules               JSONB       NOT NULL,
    registration_opens  TIMESTAMPTZ NOT NULL,
    registration_closes TIMESTAMPTZ NOT NULL,
    is_current          BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT editions_window_ordered CHECK (registration_closes > registration_opens)
);
-- At most one current edition.
CREATE UNIQUE INDEX editions_one_current_uq ON editions (is_current) WHERE is_current;

CREATE TABLE festival_events (
    id             BIGSERIAL PRIMARY KEY,
    edition_year   INTEGER      NOT NULL REFERENCES editions (year),
    name           VARCHAR(100) NOT NULL CHECK (btrim(name) <> ''),
    kind           VARCHAR(10)  NOT NULL CHECK (kind IN ('INDIVIDUAL', 'GROUP')),
    category       VARCHAR(20)  NOT NULL CHECK (category IN ('MUSIC', 'FINE_ARTS', 'STAGE_EVENTS', 'LITERARY_EVENTS')),
    description    TEXT,
    gender         CHAR(1)      CHECK (gender IN ('M', 'F')),
    seniority      VARCHAR(6)   CHECK (seniority IN ('JUNIOR', 'SENIOR')),
    mandatory      BOOLEAN      NOT NULL DEFAULT FALSE,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    short_code     VARCHAR(16)  NOT NULL CHECK (short_code ~ '^[A-Z0-9]{1,16}$'),
    min_team_size  INTEGER,
    max_team_size  INTEGER,
    teams_per_unit INTEGER,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT festival_events_team_format CHECK (
        (kind = 'INDIVIDUAL' AND min_team_size IS NULL AND max_team_size IS NULL AND teams_per_unit IS NULL)
        OR (kind = 'GROUP' AND min_team_size >= 1 AND max_team_size >= min_team_size AND teams_per_unit >= 1))
);
-- A printed code never names two events of an edition; nor do two events share a name.
CREATE UNIQUE INDEX festival_events_short_code_uq ON festival_events (edition_year, short_code);
CREATE UNIQUE INDEX festival_events_name_uq ON festival_events (edition_year, upper(name));
-- (id, edition_year) is referenced by entries so that an entry's edition always matches its event's.
CREATE UNIQUE INDEX festival_events_id_edition_uq ON festival_events (id, edition_year);

-- Members the admin has excluded from an edition's events.
CREATE TABLE festival_exclusions (
    id           BIGSERIAL PRIMARY KEY,
    edition_year INTEGER      NOT NULL REFERENCES editions (year),
    member_id    BIGINT       NOT NULL REFERENCES members (id),
    reason       VARCHAR(500) NOT NULL CHECK (btrim(reason) <> ''),
    excluded_by  BIGINT       NOT NULL REFERENCES accounts (id),
    excluded_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT festival_exclusions_once UNIQUE (edition_year, member_id)
);

CREATE TABLE individual_entries (
    id            BIGSERIAL PRIMARY KEY,
    edition_year  INTEGER     NOT NULL,
    event_id      BIGINT      NOT NULL,
    member_id     BIGINT      NOT NULL REFERENCES members (id),
    district_id   BIGINT      NOT NULL REFERENCES districts (id),
    -- The seniority the entry counts under, derived from the date of birth when it was made.
    seniority     VARCHAR(6)  NOT NULL CHECK (seniority IN ('JUNIOR', 'SENIOR')),
    registered_by BIGINT      NOT NULL REFERENCES accounts (id),
    registered_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT individual_entries_event_fk FOREIGN KEY (event_id, edition_year)
        REFERENCES festival_events (id, edition_year),
    -- A member enters an event at most once.
    CONSTRAINT individual_entries_once UNIQUE (event_id, member_id)
);
CREATE INDEX individual_entries_scope_idx ON individual_entries (edition_year, event_id, district_id, seniority);
CREATE INDEX individual_entries_member_idx ON individual_entries (edition_year, member_id);
CREATE INDEX individual_entries_member_any_idx ON individual_entries (member_id);

-- Every chest number issued in an edition, to whom; a number is issued once per edition and never to
-- anyone else, and a member has one current number (earlier ones stay reserved for them).
CREATE TABLE chest_numbers (
    edition_year INTEGER     NOT NULL REFERENCES editions (year),
    number       INTEGER     NOT NULL CHECK (number > 0),
    member_id    BIGINT      NOT NULL REFERENCES members (id),
    is_current   BOOLEAN     NOT NULL DEFAULT TRUE,
    issued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (edition_year, number)
);
CREATE UNIQUE INDEX chest_numbers_one_current_uq ON chest_numbers (edition_year, member_id) WHERE is_current;

-- The last chest number drawn per edition and seniority series.
CREATE TABLE chest_number_counters (
    edition_year INTEGER    NOT NULL REFERENCES editions (year),
    seniority    VARCHAR(6) NOT NULL CHECK (seniority IN ('JUNIOR', 'SENIOR')),
    last_number  INTEGER    NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (edition_year, seniority)
);

CREATE TABLE teams (
    id            BIGSERIAL PRIMARY KEY,
    edition_year  INTEGER     NOT NULL,
    event_id      BIGINT      NOT NULL,
    -- The team's code is the event's short code, '-', and this number (GS-1); an admin-edited code keeps
    -- its own prefix in code_prefix.
    code_prefix   VARCHAR(16) NOT NULL CHECK (code_prefix ~ '^[A-Z0-9]{1,16}$'),
    team_number   INTEGER     NOT NULL CHECK (team_number > 0),
    district_id   BIGINT      NOT NULL REFERENCES districts (id),
    unit_id       BIGINT      NOT NULL REFERENCES units (id),
    registered_by BIGINT      NOT NULL REFERENCES accounts (id),
    registered_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT teams_event_fk FOREIGN KEY (event_id, edition_year) REFERENCES festival_events (id, edition_year),
    CONSTRAINT teams_number_once UNIQUE (event_id, team_number)
);
CREATE UNIQUE INDEX teams_code_uq ON teams (edition_year, code_prefix, team_number);
CREATE INDEX teams_scope_idx ON teams (event_id, district_id);
CREATE INDEX teams_unit_idx ON teams (event_id, unit_id);
CREATE UNIQUE INDEX teams_id_event_uq ON teams (id, event_id);

CREATE TABLE team_members (
    team_id   BIGINT NOT NULL,
    event_id  BIGINT NOT NULL,
    member_id BIGINT NOT NULL REFERENCES members (id),
    PRIMARY KEY (team_id, member_id),
    CONSTRAINT team_members_team_fk FOREIGN KEY (team_id, event_id) REFERENCES teams (id, event_id) ON DELETE CASCADE,
    -- A member is in at most one team per event.
    CONSTRAINT team_members_once_per_event UNIQUE (event_id, member_id)
);
CREATE INDEX team_members_member_idx ON team_members (member_id);

-- The last team number drawn per edition and event; numbers are never reused. The counter goes with its
-- event: an event is deleted only once nothing refers to it, and its numbers then name nothing.
CREATE TABLE team_number_counters (
    edition_year INTEGER NOT NULL REFERENCES editions (year),
    event_id     BIGINT  NOT NULL REFERENCES festival_events (id) ON DELETE CASCADE,
    last_number  INTEGER NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (edition_year, event_id)
);
