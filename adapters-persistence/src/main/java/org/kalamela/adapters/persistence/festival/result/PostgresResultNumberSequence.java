package org.kalamela.adapters.persistence.festival.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.result.ResultNumberSequence;

/**
 * One counter row per edition in {@code result_number_counters}, advanced by a single upsert whose row lock
 * is held until the publishing transaction ends; a rolled-back publication takes its number back with it.
 */
@ApplicationScoped
public class PostgresResultNumberSequence implements ResultNumberSequence {

    private final EntityManager em;

    @Inject
    public PostgresResultNumberSequence(EntityManager em) {
        this.em = em;
    }

    @Override
    public int next(EditionYear edition) {
        return Columns.integer(em.createNativeQuery("""
                        INSERT INTO result_number_counters (edition_year, last_number) VALUES (?1, 1)
                        ON CONFLICT (edition_year)
                            DO UPDATE SET last_number = result_number_counters.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, edition.value())
                .getSingleResult());
    }
}
