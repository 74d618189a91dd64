-- The registry: unit registrations and their review, what a unit states about itself, its members, office
-- holders and councilors. Districts and units (the master data) are V1's tables. Constraints back the rules
-- the use cases check, so that a bug in Java or a race between two requests cannot corrupt the data.

-- Lets tables that carry a unit's district check that it is the unit's district (composite foreign key).
CREATE UNIQUE INDEX units_id_district_uq ON units (id, district_id);

-- One registration per unit, made with the unit's account; the reason is kept exactly while RETURNED.
CREATE TABLE unit_registrations (
    unit_id             BIGINT        PRIMARY KEY,
    district_id         BIGINT        NOT NULL,
    account_id          BIGINT        NOT NULL REFERENCES accounts (id),
    registration_number VARCHAR(32)   NOT NULL CHECK (registration_number ~ '^[A-Z][A-Z0-9]*-[0-9]{4}-[0-9]{4,}$'),
    status              VARCHAR(24)   NOT NULL
        CHECK (status IN ('REGISTRATION_STARTED', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    return_reason       VARCHAR(1000),
    registered_at       TIMESTAMPTZ   NOT NULL,
    status_changed_at   TIMESTAMPTZ   NOT NULL,
    CONSTRAINT unit_registrations_unit_fk FOREIGN KEY (unit_id, district_id) REFERENCES units (id, district_id),
    CONSTRAINT unit_registrations_reason_iff_returned
        CHECK ((status = 'RETURNED') = coalesce(btrim(return_reason) <> '', FALSE))
);
CREATE UNIQUE INDEX unit_registrations_number_uq ON unit_registrations (registration_number);
CREATE UNIQUE INDEX unit_registrations_account_uq ON unit_registrations (account_id);
CREATE INDEX unit_registrations_district_status_idx ON unit_registrations (district_id, status);
CREATE INDEX unit_registrations_status_idx ON unit_registrations (status);

-- What a unit states on its registration form; one row per registered unit.
CREATE TABLE unit_details (
    unit_id           BIGINT  PRIMARY KEY REFERENCES unit_registrations (unit_id),
    registration_year INTEGER NOT NULL CHECK (registration_year BETWEEN 1 AND 9999),
    member_count      INTEGER NOT NULL CHECK (member_count >= 0)
);

-- A unit's members. Names are stored tidy (trimmed, single spaces); a unit has one member of a given name
-- (ignoring case) and date of birth; a phone belongs to one member.
CREATE TABLE members (
    id            BIGSERIAL    PRIMARY KEY,
    unit_id       BIGINT       NOT NULL REFERENCES units (id),
    name          VARCHAR(100) NOT NULL CHECK (btrim(name) <> ''),
    gender        CHAR(1)      NOT NULL CHECK (gender IN ('M', 'F')),
    date_of_birth DATE         NOT NULL,
    phone         VARCHAR(10)  NOT NULL CHECK (phone ~ '^[6-9][0-9]{9}$'),
    qualification VARCHAR(100) CHECK (qualification IS NULL OR btrim(qualification) <> ''),
    blood_group   VARCHAR(3)   CHECK (blood_group IN ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX members_phone_uq ON members (phone);
CREATE UNIQUE INDEX members_unit_name_dob_uq ON members (unit_id, lower(name), date_of_birth);
-- Lets councilors check that the member belongs to the councilor's unit (composite foreign key).
CREATE UNIQUE INDEX members_id_unit_uq ON members (id, unit_id);
CREATE INDEX members_unit_name_idx ON members (unit_id, name, id);
CREATE INDEX members_date_of_birth_idx ON members (date_of_birth);
CREATE INDEX members_gender_idx ON members (gender);

-- The holders of a unit's five offices, one row per office.
CREATE TABLE unit_officials (
    id      BIGSERIAL    PRIMARY KEY,
    unit_id BIGINT       NOT NULL REFERENCES unit_registrations (unit_id),
    office  VARCHAR(16)  NOT NULL
        CHECK (office IN ('PRESIDENT', 'VICE_PRESIDENT', 'SECRETARY', 'JOINT_SECRETARY', 'TREASURER')),
    name    VARCHAR(100) NOT NULL CHECK (btrim(name) <> ''),
    phone   VARCHAR(10)  NOT NULL CHECK (phone ~ '^[6-9][0-9]{9}$'),
    CONSTRAINT unit_officials_one_per_office UNIQUE (unit_id, office)
);
CREATE INDEX unit_officials_office_idx ON unit_officials (office);

-- Members a unit has chosen as councilors, in the order chosen; a member is a councilor of their own unit
-- only, and once.
CREATE TABLE councilors (
    member_id BIGINT  PRIMARY KEY,
    unit_id   BIGINT  NOT NULL REFERENCES unit_registrations (unit_id),
    position  INTEGER NOT NULL CHECK (position >= 0),
    CONSTRAINT councilors_member_of_unit_fk FOREIGN KEY (member_id, unit_id) REFERENCES members (id, unit_id)
);
CREATE INDEX councilors_unit_idx ON councilors (unit_id, position);

-- The last registration number drawn per year; drawn with one atomic upsert (docs/architecture.md, ADR-7).
CREATE TABLE registration_number_counters (
    year        INTEGER PRIMARY KEY CHECK (year BETWEEN 1000 AND 9999),
    last_number BIGINT  NOT NULL CHECK (last_number > 0)
);
