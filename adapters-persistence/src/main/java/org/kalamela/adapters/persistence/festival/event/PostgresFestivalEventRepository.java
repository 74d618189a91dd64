package org.kalamela.adapters.persistence.festival.event;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.PanachePages;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
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
 * Events in {@code festival_events}. Names and short codes are checked against the edition's other events
 * before anything is written, so a refusal leaves the transaction usable; the unique indexes
 * {@code festival_events_name_uq} and {@code festival_events_short_code_uq} refuse what a concurrent write
 * slips past the check.
 */
@ApplicationScoped
public class PostgresFestivalEventRepository implements FestivalEventRepository {

    private final FestivalEventPanacheRepository events;

    @Inject
    PostgresFestivalEventRepository(FestivalEventPanacheRepository events) {
        this.events = events;
    }

    @Override
    public FestivalEvent create(NewFestivalEvent event) {
        requireFreeKeys(event.edition(), event.name(), event.shortCode().value(), 0L);
        FestivalEventEntity entity = FestivalEventMapper.toEntity(event);
        events.persist(entity);
        SchemaConstraints.flush(events.getEntityManager());
        return event.withId(EventId.of(entity.id));
    }

    @Override
    public void update(FestivalEvent event) {
        FestivalEventEntity entity = events.findByIdOptional(event.id().value())
                .orElseThrow(() -> new IllegalStateException("no event " + event.id()));
        requireFreeKeys(event.edition(), event.name(), event.shortCode().value(), event.id().value());
        FestivalEventMapper.copy(event, entity);
        SchemaConstraints.flush(events.getEntityManager());
    }

    @Override
    public void delete(EventId id) {
        if (hasEntries(id)) {
            throw hasEntriesViolation();
        }
        SchemaConstraints.deleting(() -> {
            events.deleteById(id.value());
            events.flush();
        }, PostgresFestivalEventRepository::hasEntriesViolation);
    }

    @Override
    public Optional<FestivalEvent> findById(EventId id) {
        return events.findByIdOptional(id.value()).map(FestivalEventMapper::toDomain);
    }

    @Override
    public List<FestivalEvent> findByEdition(EditionYear edition) {
        return events.list("editionYear", Sort.by("id"), edition.value()).stream()
                .map(FestivalEventMapper::toDomain).toList();
    }

    @Override
    public Page<FestivalEvent> findByEdition(EditionYear edition, PageRequest page) {
        return PanachePages.read(events.find("editionYear", Sort.by("id"), edition.value()), page,
                FestivalEventMapper::toDomain);
    }

    /** Another event of the edition ({@code exceptId} left out) holding the name (any case) or the code. */
    private void requireFreeKeys(EditionYear edition, String name, String shortCode, long exceptId) {
        List<FestivalEventEntity> holders = events.list("editionYear = ?1 and id <> ?2 and (upper(name) = upper(?3)"
                + " or shortCode = ?4)", edition.value(), exceptId, name, shortCode);
        if (holders.stream().anyMatch(other -> other.name.equalsIgnoreCase(name))) {
            throw new RuleViolation(ErrorCode.EVENT_NAME_TAKEN, "The edition already has an event named " + name);
        }
        if (!holders.isEmpty()) {
            throw new RuleViolation(ErrorCode.SHORT_CODE_TAKEN,
                    "The short code " + shortCode + " is already used by another event of this edition");
        }
    }

    private boolean hasEntries(EventId id) {
        return events.getEntityManager().createNativeQuery("""
                        SELECT EXISTS (SELECT 1 FROM individual_entries WHERE event_id = ?1)
                            OR EXISTS (SELECT 1 FROM teams WHERE event_id = ?1)""", Boolean.class)
                .setParameter(1, id.value())
                .getSingleResult().equals(Boolean.TRUE);
    }

    private static RuleViolation hasEntriesViolation() {
        return new RuleViolation(ErrorCode.EVENT_HAS_ENTRIES, "The event has entries and cannot be deleted; deactivate it");
    }
}
