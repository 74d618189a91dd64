-- Change signals (docs/architecture.md, ADR-20): every write that a per-instance cache depends on announces
-- its topic on the channel kalamela_changes from the writing transaction itself. PostgreSQL delivers a
-- notification only when that transaction commits (never on rollback), to every listening instance, and
-- folds identical ones of one transaction into one. Triggers rather than calls in the use cases, so that no
-- writer (a use case, the legacy import, a hand-written fix in psql) can change what a cache shows unheard.
--
-- A notifying transaction takes a database-wide lock while it commits, so notifying commits queue one after
-- another: topics are announced on rare writes only (editions, events, results), and registration, the
-- frequent write, announces only an event's first entry or team and a removal, which change the number of
-- events that will have a result.

CREATE FUNCTION kalamela_signal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    topic TEXT;
BEGIN
    FOREACH topic IN ARRAY TG_ARGV LOOP
        PERFORM pg_notify('kalamela_changes', topic);
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER editions_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON editions
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('EDITIONS', 'RESULTS');
CREATE TRIGGER festival_events_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON festival_events
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('EVENTS', 'RESULTS');
CREATE TRIGGER event_results_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_results
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('RESULTS');
CREATE TRIGGER entry_results_signal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON entry_results
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('RESULTS');

-- An entry or team added to an event that had none (no other row of the event outside this statement's)
-- changes the events that will have a result. Under READ COMMITTED the first of concurrent first entries to
-- commit saw no other committed row, so it announces; the others may announce too, which costs nothing.
CREATE FUNCTION kalamela_signal_first_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added a WHERE NOT EXISTS (
            SELECT 1 FROM individual_entries ie
            WHERE ie.event_id = a.event_id AND NOT EXISTS (SELECT 1 FROM added x WHERE x.id = ie.id))) THEN
        PERFORM pg_notify('kalamela_changes', 'RESULTS');
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION kalamela_signal_first_team() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM added a WHERE NOT EXISTS (
            SELECT 1 FROM teams t
            WHERE t.event_id = a.event_id AND NOT EXISTS (SELECT 1 FROM added x WHERE x.id = t.id))) THEN
        PERFORM pg_notify('kalamela_changes', 'RESULTS');
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER individual_entries_first_signal AFTER INSERT ON individual_entries
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_first_entry();
CREATE TRIGGER teams_first_signal AFTER INSERT ON teams
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal_first_team();

-- A removal may take an event's last entry or team. Two concurrent removals of the last two would each still
-- see the other's row, so neither could tell: every removal announces (removals are rare).
CREATE TRIGGER individual_entries_removed_signal AFTER DELETE OR TRUNCATE ON individual_entries
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('RESULTS');
CREATE TRIGGER teams_removed_signal AFTER DELETE OR TRUNCATE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('RESULTS');
CREATE TRIGGER individual_entries_moved_signal AFTER UPDATE OF event_id ON individual_entries
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('RESULTS');
CREATE TRIGGER teams_moved_signal AFTER UPDATE OF event_id ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION kalamela_signal('RESULTS');
