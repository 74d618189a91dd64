package org.kalamela.adapters.persistence.festival.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.DrawnCodeLetters;

/** The code letters of an event's draw, read from {@code draw_appearances} (the judging's draw, V8). */
@ApplicationScoped
public class PostgresDrawnCodeLetters implements DrawnCodeLetters {

    private final EntityManager em;

    @Inject
    public PostgresDrawnCodeLetters(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> of(EventId event) {
        return ((List<Object>) em.createNativeQuery("SELECT code_letter FROM draw_appearances WHERE event_id = ?1")
                .setParameter(1, event.value()).getResultList()).stream()
                .map(Columns::text).collect(Collectors.toUnmodifiableSet());
    }
}
