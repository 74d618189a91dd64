package org.kalamela.adapters.persistence.festival.judging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.festival.AdvisoryLockKey;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgingLocks;

/** The judging of one event under {@code pg_advisory_xact_lock} (ADR-7 lists the scope). */
@ApplicationScoped
public class PostgresJudgingLocks implements JudgingLocks {

    private final EntityManager em;

    @Inject
    public PostgresJudgingLocks(EntityManager em) {
        this.em = em;
    }

    /** {@code festival/judging/event/<id>} */
    public static AdvisoryLockKey event(EventId event) {
        return AdvisoryLockKey.of("festival/judging/event/" + event);
    }

    @Override
    public void lockEvent(EventId event) {
        event(event).acquire(em);
    }
}
