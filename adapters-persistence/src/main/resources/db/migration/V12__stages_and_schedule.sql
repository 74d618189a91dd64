-- The festival day's plan (DOMAIN.md "Stages, order of appearance and schedule"): an edition's stages, each
-- scheduled event's place (stage, start, timing; the end follows the entries and is computed when read), the
-- plan's version, the publications with their acknowledged clashes and the slots the public reads, and each
-- event's status on its stage on the day.

CREATE TABLE stages (
    id           BIGSERIAL    PRIMARY KEY,
    edition_year INTEGER      NOT NULL REFERENCES editions (year),
    name         VARCHAR(80)  NOT NULL CHECK (btrim(name) <> ''),
    location     VARCHAR(120) NOT NULL CHECK (btrim(location) <> ''),
    capacity     INTEGER      NOT NULL CHECK (capacity BETWEEN 1 AND 100000)
);
CREATE UNIQUE INDEX stages_name_uq ON stages (edition_year, upper(name));
-- (id, edition_year) is referenced by the plan so that an event is scheduled on a stage of its own edition.
CREATE UNIQUE INDEX stages_id_edition_uq ON stages (id, edition_year);

-- One place per scheduled event: either minutes per performance (the end follows the number of entries or
-- teams) or a fixed length (off-stage events). The stage's foreign key refuses deleting a stage in use.
CREATE TABLE scheduled_events (
    event_id                BIGINT      PRIMARY KEY,
    edition_year            INTEGER     NOT NULL,
    stage_id                BIGINT      NOT NULL,
    starts_at               TIMESTAMPTZ NOT NULL,
    minutes_per_performance INTEGER     CHECK (minutes_per_performance BETWEEN 1 AND 1440),
    fixed_minutes           INTEGER     CHECK (fixed_minutes BETWEEN 1 AND 1440),
    CONSTRAINT scheduled_events_event_fk FOREIGN KEY (event_id, edition_year)
        REFERENCES festival_events (id, edition_year) ON DELETE CASCADE,
    CONSTRAINT scheduled_events_stage_fk FOREIGN KEY (stage_id, edition_year) REFERENCES stages (id, edition_year),
    CONSTRAINT scheduled_events_one_timing CHECK ((minutes_per_performance IS NULL) <> (fixed_minutes IS NULL))
);
CREATE INDEX scheduled_events_edition_idx ON scheduled_events (edition_year);
CREATE INDEX scheduled_events_stage_idx ON scheduled_events (stage_id);

-- The plan's version per edition, raised by every change of the plan; a publication records the version it
-- published, so the admin sees when the public's schedule is behind the plan.
CREATE TABLE schedule_versions (
    edition_year INTEGER PRIMARY KEY REFERENCES editions (year),
    version      BIGINT  NOT NULL CHECK (version >= 0)
);

-- Every publication of an edition's schedule, with who published it and the plan version it published.
CREATE TABLE schedule_publications (
    id           BIGSERIAL   PRIMARY KEY,
    edition_year INTEGER     NOT NULL REFERENCES editions (year),
    version      BIGINT      NOT NULL CHECK (version >= 0),
    published_by BIGINT      NOT NULL REFERENCES accounts (id),
    published_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX schedule_publications_edition_idx ON schedule_publications (edition_year, id);

-- The clashes a publication let stand, each by its key with the admin's reason.
CREATE TABLE schedule_acknowledgements (
    publication_id BIGINT       NOT NULL REFERENCES schedule_publications (id) ON DELETE CASCADE,
    clash_key      VARCHAR(200) NOT NULL,
    reason         VARCHAR(500) NOT NULL CHECK (btrim(reason) <> ''),
    PRIMARY KEY (publication_id, clash_key)
);

-- The slots of an edition's latest publication, as published: what the public reads. A republication
-- replaces them; a published stage cannot be deleted (the foreign key), a deleted event leaves with its slot.
CREATE TABLE published_slots (
    publication_id BIGINT      NOT NULL REFERENCES schedule_publications (id) ON DELETE CASCADE,
    event_id       BIGINT      NOT NULL REFERENCES festival_events (id) ON DELETE CASCADE,
    stage_id       BIGINT      NOT NULL REFERENCES stages (id),
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (publication_id, event_id),
    CONSTRAINT published_slots_ends_after_start CHECK (ends_at >= starts_at)
);
CREATE INDEX published_slots_stage_idx ON published_slots (stage_id);

-- An event's status on its stage on the day; no row is WAITING. Only a performing event names a code letter.
CREATE TABLE stage_statuses (
    event_id    BIGINT      PRIMARY KEY REFERENCES festival_events (id) ON DELETE CASCADE,
    status      VARCHAR(10) NOT NULL CHECK (status IN ('WAITING', 'PERFORMING', 'COMPLETED')),
    code_letter VARCHAR(4)  CHECK (code_letter ~ '^[A-Z]{1,4}$'),
    set_by      BIGINT      NOT NULL REFERENCES accounts (id),
    set_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT stage_statuses_letter_on_stage CHECK ((status = 'PERFORMING') = (code_letter IS NOT NULL))
);
