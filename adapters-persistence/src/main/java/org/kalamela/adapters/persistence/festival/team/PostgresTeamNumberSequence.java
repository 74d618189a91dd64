package org.kalamela.adapters.persistence.festival.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamNumberSequence;

/**
 * One counter row per edition and event in {@code team_number_counters}, advanced by a single upsert whose
 * row lock is held until the drawing transaction ends: concurrent draws queue and each gets its own number.
 */
@ApplicationScoped
public class PostgresTeamNumberSequence implements TeamNumberSequence {

    private final EntityManager em;

    @Inject
    public PostgresTeamNumberSequence(EntityManager em) {
        this.em = em;
    }

    @Override
    public int next(EditionYear edition, EventId event) {
        return Columns.integer(em.createNativeQuery("""
                        INSERT INTO team_number_counters (edition_year, event_id, last_number) VALUES (?1, ?2, 1)
                        ON CONFLICT (edition_year, event_id)
                            DO UPDATE SET last_number = team_number_counters.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, edition.value())
                .setParameter(2, event.value())
                .getSingleResult());
    }
}
