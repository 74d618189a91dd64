package org.kalamela.adapters.persistence.registry.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;

/**
 * One counter row per year, drawn with a single upsert: the first registration of a year creates the row
 * with 1, every later one increments it under the row lock the update takes, so two concurrent
 * registrations can never draw the same number (docs/architecture.md, ADR-7).
 */
@ApplicationScoped
public class PostgresRegistrationNumberSequence implements RegistrationNumberSequence {

    private final EntityManager em;

    @Inject
    public PostgresRegistrationNumberSequence(EntityManager em) {
        this.em = em;
    }

    @Override
    public long next(int year) {
        Number next = (Number) em.createNativeQuery("""
                        INSERT INTO registration_number_counters (year, last_number) VALUES (?1, 1)
                        ON CONFLICT (year) DO UPDATE SET last_number = registration_number_counters.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, year)
                .getSingleResult();
        return next.longValue();
    }
}
