package org.kalamela.adapters.persistence.festival.chest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.chest.ChestNumberSequence;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;

/**
 * One counter row per edition and seniority in {@code chest_number_counters}, advanced by a single upsert.
 * The first draw of a series inserts its start; later draws take the row lock, which is held until the
 * drawing transaction ends, so concurrent draws of one series queue and each gets its own number; a
 * transaction that rolls back takes its increment with it, so rolled-back draws leave no gap. When the
 * next number would pass the end of the series the update's condition fails: no row comes back (the series
 * is used up) and the counter stays where it was.
 */
@ApplicationScoped
public class PostgresChestNumberSequence implements ChestNumberSequence {

    private final EntityManager em;

    @Inject
    public PostgresChestNumberSequence(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ChestNumber> next(EditionYear edition, Seniority seniority, ChestNumberSeries series) {
        return em.createNativeQuery("""
                        INSERT INTO chest_number_counters (edition_year, seniority, last_number) VALUES (?1, ?2, ?3)
                        ON CONFLICT (edition_year, seniority) DO UPDATE
                            SET last_number = GREATEST(chest_number_counters.last_number + 1, ?3)
                            WHERE GREATEST(chest_number_counters.last_number + 1, ?3) <= ?4
                        RETURNING last_number""")
                .setParameter(1, edition.value())
                .setParameter(2, seniority.name())
                .setParameter(3, series.start())
                .setParameter(4, series.end())
                .getResultList().stream()
                .findFirst()
                .map(number -> ChestNumber.of(Columns.integer(number)));
    }
}
