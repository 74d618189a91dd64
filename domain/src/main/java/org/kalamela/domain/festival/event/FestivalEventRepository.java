package org.kalamela.domain.festival.event;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Outbound port: the events of the editions.
 *
 * <p>Two unique keys back the rules that code checks first, so that two admins saving at the same moment
 * cannot both win: {@code (edition, short code)} and {@code (edition, lower(name))}. When one of them is hit
 * the adapter throws the same {@link org.kalamela.domain.shared.error.RuleViolation} the use case would have
 * thrown, {@code SHORT_CODE_TAKEN} or {@code EVENT_NAME_TAKEN}. Entries and teams reference their event by
 * a foreign key without cascade.
 */
public interface FestivalEventRepository {

    /** Stores a new event and returns it under the id the store gave it (positive, never reused). */
    FestivalEvent create(NewFestivalEvent event);

    /** Replaces every field of a stored event except its id and edition, which never change. */
    void update(FestivalEvent event);

    /**
     * Deletes an event. The caller has checked that nothing references it; should an entry or a team have
     * been added since, the foreign key refuses and the adapter throws the {@code RuleViolation}
     * {@code EVENT_HAS_ENTRIES}.
     */
    void delete(EventId id);

    Optional<FestivalEvent> findById(EventId id);

    /** The events of an edition, active or not, in the order they were created (ascending id). */
    List<FestivalEvent> findByEdition(EditionYear edition);

    /** A page of the edition's events, active or not, in the order they were created. */
    Page<FestivalEvent> findByEdition(EditionYear edition, PageRequest page);
}
