package org.kalamela.adapters.persistence.festival.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.draw.EventPerformers;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;

/** An event's individual entries and teams, in one statement. */
@ApplicationScoped
public class PostgresEventPerformers implements EventPerformers {

    private final EntityManager em;

    @Inject
    public PostgresEventPerformers(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Performer> of(EventId event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, FALSE FROM individual_entries WHERE event_id = ?1
                        UNION ALL SELECT id, TRUE FROM teams WHERE event_id = ?1""")
                .setParameter(1, event.value()).getResultList();
        return rows.stream().map(row -> Columns.flag(row[1]) ? Performer.team(TeamId.of(Columns.number(row[0])))
                : Performer.entry(IndividualEntryId.of(Columns.number(row[0])))).toList();
    }
}
