package org.kalamela.adapters.persistence.festival.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.StageStatusRepository;
import org.kalamela.domain.shared.id.AccountId;

/** Each event's status on its stage in {@code stage_statuses}, one row per event, replaced by an upsert. */
@ApplicationScoped
public class PostgresStageStatusRepository implements StageStatusRepository {

    private final EntityManager em;

    @Inject
    public PostgresStageStatusRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<StageStatus> find(EventId event) {
        List<Object[]> rows = em.createNativeQuery("SELECT status, code_letter FROM stage_statuses WHERE event_id = ?1")
                .setParameter(1, event.value()).getResultList();
        return rows.stream().findFirst().map(row -> StageStatusColumns.read(row[0], row[1]));
    }

    @Override
    public void save(EventId event, StageStatus status, AccountId setBy, Instant setAt) {
        em.createNativeQuery("""
                        INSERT INTO stage_statuses (event_id, status, code_letter, set_by, set_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON CONFLICT (event_id) DO UPDATE SET status = EXCLUDED.status,
                            code_letter = EXCLUDED.code_letter, set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at""")
                .setParameter(1, event.value())
                .setParameter(2, status.status().name())
                .setParameter(3, status.codeLetter().orElse(null))
                .setParameter(4, setBy.value())
                .setParameter(5, setAt)
                .executeUpdate();
    }
}
