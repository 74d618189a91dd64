-- The PARTICIPANTS topic (docs/architecture.md, ADR-20): what the public find-participant reads, a participant's
-- name, unit, district, chest number, entries and teams. Registration writes these tables hundreds of times a
-- second, and a notifying transaction holds PostgreSQL's notification lock while it commits, so they announce
-- only when it matters: from 10 minutes before the current edition's registration closes (or while no edition
-- is current). The application keeps find-participant's answers only from 10 minutes after it closed, so every
-- write that did not announce committed long before any answer it could change was kept. Clock time, not the
-- transaction's start: what counts is when the row is written. Reopening a window writes `editions`, which
-- always announces, and voids every kept answer.

CREATE FUNCTION kalamela_signal_participants() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM editions
                   WHERE is_current AND registration_closes > clock_timestamp() + INTERVAL '10 minutes') THEN
        PERFORM pg_notify('kalamela_changes', 'PARTICIPANTS');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER members_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON members
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();
CREATE TRIGGER units_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();
CREATE TRIGGER districts_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON districts
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();
CREATE TRIGGER chest_numbers_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON chest_numbers
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();
CREATE TRIGGER individual_entries_participants_signal
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON individual_entries
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();
CREATE TRIGGER teams_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();
CREATE TRIGGER team_members_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team_members
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_participants();

-- Editions and events change a few times a year: they always announce.
CREATE TRIGGER editions_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON editions
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('PARTICIPANTS');
CREATE TRIGGER festival_events_participants_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON festival_events
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('PARTICIPANTS');
