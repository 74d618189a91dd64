package org.kalamela.application.festival.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.query.PublishedEventRow;
import org.kalamela.application.festival.query.PublishedResultsReader;
import org.kalamela.application.festival.query.ResultsFingerprint;
import org.kalamela.application.festival.query.ScoredEntryRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;

/**
 * An edition's published results in memory, changed the ways the judging flow changes them (publish, appeal,
 * republish), with the fingerprint computed from them as the SQL reader does; counts the reads of rows, so a
 * test sees whether a board was rebuilt.
 */
public final class InMemoryPublishedResults implements PublishedResultsReader {

    private final Map<EventId, PublishedEventRow> events = new LinkedHashMap<>();
    private final Map<EventId, List<ScoredEntryRow>> entries = new LinkedHashMap<>();
    private EditionYear current;
    private int eventsWithResults;
    private int kalaprathibhaMinimumEvents = 2;
    private int rowReads;
    private int fingerprintReads;
    private Runnable betweenReads = () -> { };

    public InMemoryPublishedResults current(EditionYear edition, int eventsWithResults) {
        this.current = edition;
        this.eventsWithResults = eventsWithResults;
        return this;
    }

    public void noCurrentEdition() {
        current = null;
    }

    public void kalaprathibhaMinimumEvents(int minimum) {
        kalaprathibhaMinimumEvents = minimum;
    }

    /** Publishes an event's result under the next result number. */
    public void publish(long event, String name, EventKind kind, List<ScoredEntryRow> scored) {
        EventId id = EventId.of(event);
        events.put(id, new PublishedEventRow(id, name, EventCategory.MUSIC, kind, events.size() + 1, 0,
                Instant.parse("2026-01-10T10:00:00Z").plusSeconds(60L * events.size()), false));
        entries.put(id, List.copyOf(scored));
    }

    public void appeal(long event) {
        PublishedEventRow row = events.get(EventId.of(event));
        events.put(row.event(), new PublishedEventRow(row.event(), row.name(), row.category(), row.kind(),
                row.resultNumber(), row.revision(), row.publishedAt(), true));
    }

    /** Publishes a revised result after an appeal: same number, next revision. */
    public void republish(long event, List<ScoredEntryRow> scored) {
        PublishedEventRow row = events.get(EventId.of(event));
        events.put(row.event(), new PublishedEventRow(row.event(), row.name(), row.category(), row.kind(),
                row.resultNumber(), row.revision() + 1, row.publishedAt(), false));
        entries.put(row.event(), List.copyOf(scored));
    }

    /**
     * Runs the change once, after the next read of the published events and before the read of the entries:
     * another transaction committing between the two statements of a rebuild.
     */
    public void betweenReads(Runnable change) {
        betweenReads = change;
    }

    public int rowReads() {
        return rowReads;
    }

    public int fingerprintReads() {
        return fingerprintReads;
    }

    @Override
    public Optional<ResultsFingerprint> fingerprint() {
        fingerprintReads++;
        if (current == null) {
            return Optional.empty();
        }
        return Optional.of(new ResultsFingerprint(current, eventsWithResults, events.size(),
                (int) events.values().stream().filter(PublishedEventRow::underAppeal).count(),
                events.values().stream().mapToInt(PublishedEventRow::resultNumber).max().orElse(0),
                events.values().stream().mapToLong(PublishedEventRow::revision).sum(), kalaprathibhaMinimumEvents));
    }

    @Override
    public List<PublishedEventRow> publishedEvents(EditionYear edition) {
        rowReads++;
        List<PublishedEventRow> read = events.values().stream()
                .sorted(Comparator.comparingInt(PublishedEventRow::resultNumber)).toList();
        Runnable change = betweenReads;
        betweenReads = () -> { };
        change.run();
        return read;
    }

    @Override
    public List<ScoredEntryRow> scoredEntries(EditionYear edition) {
        rowReads++;
        List<ScoredEntryRow> all = new ArrayList<>();
        entries.values().forEach(all::addAll);
        return all;
    }
}
