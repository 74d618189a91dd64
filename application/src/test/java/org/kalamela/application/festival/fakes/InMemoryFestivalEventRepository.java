package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The events in memory, with the unique keys {@code (edition, short code)} and {@code (edition,
 * lower(name))} and the foreign keys from entries and teams that the database has.
 */
public final class InMemoryFestivalEventRepository implements FestivalEventRepository {

    private final Map<EventId, FestivalEvent> events = new TreeMap<>(Comparator.comparingLong(EventId::value));
    private final Predicate<EventId> referenced;
    private long lastId;

    /** @param referenced whether an entry or a team references the event (the foreign keys) */
    public InMemoryFestivalEventRepository(Predicate<EventId> referenced) {
        this.referenced = referenced;
    }

    @Override
    public synchronized FestivalEvent create(NewFestivalEvent event) {
        FestivalEvent stored = event.withId(EventId.of(++lastId));
        checkUnique(stored);
        events.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized void update(FestivalEvent event) {
        FestivalEvent before = events.get(event.id());
        if (before == null || !before.edition().equals(event.edition())) {
            throw new IllegalStateException("no event " + event.id() + " of edition " + event.edition());
        }
        checkUnique(event);
        events.put(event.id(), event);
    }

    @Override
    public synchronized void delete(EventId id) {
        if (referenced.test(id)) {
            throw new RuleViolation(ErrorCode.EVENT_HAS_ENTRIES, "Event " + id + " has entries");
        }
        events.remove(id);
    }

    @Override
    public synchronized Optional<FestivalEvent> findById(EventId id) {
        return Optional.ofNullable(events.get(id));
    }

    @Override
    public synchronized List<FestivalEvent> findByEdition(EditionYear edition) {
        return events.values().stream().filter(event -> event.edition().equals(edition)).toList();
    }

    @Override
    public synchronized Page<FestivalEvent> findByEdition(EditionYear edition, PageRequest page) {
        return Page.slice(findByEdition(edition), page);
    }

    private void checkUnique(FestivalEvent event) {
        for (FestivalEvent other : findByEdition(event.edition())) {
            if (other.id().equals(event.id())) {
                continue;
            }
            if (other.shortCode().equals(event.shortCode())) {
                throw new RuleViolation(ErrorCode.SHORT_CODE_TAKEN, "The short code " + event.shortCode() + " is taken");
            }
            if (other.name().toLowerCase(Locale.ROOT).equals(event.name().toLowerCase(Locale.ROOT))) {
                throw new RuleViolation(ErrorCode.EVENT_NAME_TAKEN, "The name " + event.name() + " is taken");
            }
        }
    }
}
