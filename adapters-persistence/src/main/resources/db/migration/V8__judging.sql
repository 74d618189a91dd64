-- Judging: each event's criteria, the draw (order of appearance and code letters), the judges' panels with
-- their sheets and marks, and the event results computed from the marks (DOMAIN.md "Judging, scores and
-- results"). Marks refer to code letters only, so a judge's sheet never needs a name; the public side and
-- the championship tables read event_results and entry_results.

-- The criteria an event is marked on, with their maxima (adding up to 100, checked by the domain). An event
-- without rows is marked on the default, one criterion "Overall" of 100, stored here at its first mark.
CREATE TABLE event_criteria (
    event_id BIGINT       NOT NULL REFERENCES festival_events (id) ON DELETE CASCADE,
    position INTEGER      NOT NULL CHECK (position BETWEEN 1 AND 20),
    name     VARCHAR(60)  NOT NULL CHECK (btrim(name) <> ''),
    max_mark NUMERIC(5,2) NOT NULL CHECK (max_mark > 0 AND max_mark <= 100),
    PRIMARY KEY (event_id, position)
);
CREATE UNIQUE INDEX event_criteria_name_uq ON event_criteria (event_id, upper(name));

-- An entry refers to its event through (id, event_id), so a drawn entry always belongs to the drawn event.
CREATE UNIQUE INDEX individual_entries_id_event_uq ON individual_entries (id, event_id);

-- The draw of an event's order of appearance: the seed replays the permutation (DrawPolicy).
CREATE TABLE event_draws (
    event_id     BIGINT      PRIMARY KEY,
    edition_year INTEGER     NOT NULL,
    seed         BIGINT      NOT NULL,
    drawn_by     BIGINT      NOT NULL REFERENCES accounts (id),
    drawn_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT event_draws_event_fk FOREIGN KEY (event_id, edition_year) REFERENCES festival_events (id, edition_year)
        ON DELETE CASCADE
);

-- Who appears in which place under which code letter: an individual entry or a team, never both. Removing
-- an entry takes its appearance with it, unless marks refer to it (sheet_marks_appearance_fk refuses).
CREATE TABLE draw_appearances (
    event_id            BIGINT     NOT NULL REFERENCES event_draws (event_id) ON DELETE CASCADE,
    position            INTEGER    NOT NULL CHECK (position >= 1),
    code_letter         VARCHAR(4) NOT NULL CHECK (code_letter ~ '^[A-Z]{1,4}$'),
    individual_entry_id BIGINT,
    team_id             BIGINT,
    PRIMARY KEY (event_id, code_letter),
    CONSTRAINT draw_appearances_position_uq UNIQUE (event_id, position),
    CONSTRAINT draw_appearances_entry_fk FOREIGN KEY (individual_entry_id, event_id)
        REFERENCES individual_entries (id, event_id) ON DELETE CASCADE,
    CONSTRAINT draw_appearances_team_fk FOREIGN KEY (team_id, event_id)
        REFERENCES teams (id, event_id) ON DELETE CASCADE,
    CONSTRAINT draw_appearances_one_performer CHECK ((individual_entry_id IS NULL) <> (team_id IS NULL))
);
CREATE UNIQUE INDEX draw_appearances_entry_uq ON draw_appearances (individual_entry_id)
    WHERE individual_entry_id IS NOT NULL;
CREATE UNIQUE INDEX draw_appearances_team_uq ON draw_appearances (team_id) WHERE team_id IS NOT NULL;

-- A judge's seat on an event's panel and the state of their sheet, one row: assigned by the admin, open
-- until submitted (by the judge, or by a tabulator entering the judge's paper sheet), then locked.
CREATE TABLE judge_sheets (
    event_id                BIGINT      NOT NULL REFERENCES festival_events (id) ON DELETE CASCADE,
    judge_id                BIGINT      NOT NULL REFERENCES accounts (id),
    assigned_by             BIGINT      NOT NULL REFERENCES accounts (id),
    assigned_at             TIMESTAMPTZ NOT NULL,
    submitted_at            TIMESTAMPTZ,
    submitted_by            BIGINT      REFERENCES accounts (id),
    submitted_by_tabulator  BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (event_id, judge_id),
    CONSTRAINT judge_sheets_submission_whole CHECK ((submitted_at IS NULL) = (submitted_by IS NULL)),
    CONSTRAINT judge_sheets_tabulator_submits CHECK (submitted_at IS NOT NULL OR NOT submitted_by_tabulator)
);
CREATE INDEX judge_sheets_judge_idx ON judge_sheets (judge_id);

-- One mark per sheet, code letter and criterion (0..the criterion's maximum, two decimals; the maximum is
-- checked by the domain, 100 here). entered_by is the judge, or the admin who entered it as tabulator.
CREATE TABLE sheet_marks (
    event_id     BIGINT       NOT NULL,
    judge_id     BIGINT       NOT NULL,
    code_letter  VARCHAR(4)   NOT NULL,
    criterion    INTEGER      NOT NULL,
    mark         NUMERIC(5,2) NOT NULL CHECK (mark >= 0 AND mark <= 100),
    entered_by   BIGINT       NOT NULL REFERENCES accounts (id),
    by_tabulator BOOLEAN      NOT NULL,
    entered_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (event_id, judge_id, code_letter, criterion),
    CONSTRAINT sheet_marks_sheet_fk FOREIGN KEY (event_id, judge_id) REFERENCES judge_sheets (event_id, judge_id),
    CONSTRAINT sheet_marks_appearance_fk FOREIGN KEY (event_id, code_letter)
        REFERENCES draw_appearances (event_id, code_letter),
    CONSTRAINT sheet_marks_criterion_fk FOREIGN KEY (event_id, criterion) REFERENCES event_criteria (event_id, position)
);
CREATE INDEX sheet_marks_appearance_idx ON sheet_marks (event_id, code_letter);

-- An event's result: its state (EventResultState), and once published its result number (1, 2, 3 ... per
-- edition, in order of first publication), the revision (0, then + 1 per republication after an appeal) and
-- when and by whom it was last published. Only PUBLISHED and UNDER_APPEAL results are public.
CREATE TABLE event_results (
    event_id           BIGINT      PRIMARY KEY,
    edition_year       INTEGER     NOT NULL,
    state              VARCHAR(12) NOT NULL CHECK (state IN ('SCORING', 'TABULATED', 'PUBLISHED', 'UNDER_APPEAL')),
    revision           INTEGER     NOT NULL DEFAULT 0 CHECK (revision >= 0),
    tabulated_at       TIMESTAMPTZ,
    result_number      INTEGER     CHECK (result_number > 0),
    first_published_at TIMESTAMPTZ,
    published_at       TIMESTAMPTZ,
    published_by       BIGINT      REFERENCES accounts (id),
    CONSTRAINT event_results_event_fk FOREIGN KEY (event_id, edition_year) REFERENCES festival_events (id, edition_year)
        ON DELETE CASCADE,
    CONSTRAINT event_results_number_uq UNIQUE (edition_year, result_number),
    CONSTRAINT event_results_tabulated CHECK ((state = 'SCORING') = (tabulated_at IS NULL)),
    CONSTRAINT event_results_published CHECK (
        (state IN ('PUBLISHED', 'UNDER_APPEAL')) = (result_number IS NOT NULL)
        AND (result_number IS NULL) = (published_at IS NULL)
        AND (published_at IS NULL) = (published_by IS NULL)
        AND (published_at IS NULL) = (first_published_at IS NULL))
);
CREATE INDEX event_results_public_idx ON event_results (edition_year, result_number) WHERE result_number IS NOT NULL;

-- Each entry's (or team's) part of its event's result, computed from the submitted sheets when the event is
-- tabulated: the mark (0..100, two decimals), grade, rank and points, always derived, never typed. The member
-- (individual entries only), unit and district are those of the entry when it was computed, so tallies need
-- no further join. points = grade_points + rank_points for an individual entry, rank_points for a team.
CREATE TABLE entry_results (
    event_id            BIGINT       NOT NULL REFERENCES event_results (event_id) ON DELETE CASCADE,
    edition_year        INTEGER      NOT NULL,
    code_letter         VARCHAR(4)   NOT NULL,
    individual_entry_id BIGINT       REFERENCES individual_entries (id),
    team_id             BIGINT       REFERENCES teams (id),
    member_id           BIGINT       REFERENCES members (id),
    unit_id             BIGINT       NOT NULL REFERENCES units (id),
    district_id         BIGINT       NOT NULL REFERENCES districts (id),
    mark                NUMERIC(5,2) NOT NULL CHECK (mark >= 0 AND mark <= 100),
    grade               VARCHAR(3),
    grade_points        INTEGER      NOT NULL CHECK (grade_points >= 0),
    rank                INTEGER      NOT NULL CHECK (rank >= 1),
    rank_points         INTEGER      NOT NULL CHECK (rank_points >= 0),
    points              INTEGER      NOT NULL CHECK (points >= 0),
    PRIMARY KEY (event_id, code_letter),
    CONSTRAINT entry_results_one_performer CHECK ((individual_entry_id IS NULL) <> (team_id IS NULL)),
    CONSTRAINT entry_results_member_of_entry CHECK ((member_id IS NULL) = (individual_entry_id IS NULL)),
    CONSTRAINT entry_results_points CHECK (
        points = rank_points + CASE WHEN individual_entry_id IS NULL THEN 0 ELSE grade_points END)
);
CREATE INDEX entry_results_edition_idx ON entry_results (edition_year);
CREATE INDEX entry_results_member_idx ON entry_results (member_id) WHERE member_id IS NOT NULL;
CREATE INDEX entry_results_entry_idx ON entry_results (individual_entry_id) WHERE individual_entry_id IS NOT NULL;
CREATE INDEX entry_results_team_idx ON entry_results (team_id) WHERE team_id IS NOT NULL;

-- The last result number issued per edition, advanced by one upsert when an event is first published.
CREATE TABLE result_number_counters (
    edition_year INTEGER PRIMARY KEY REFERENCES editions (year),
    last_number  INTEGER NOT NULL CHECK (last_number >= 0)
);
