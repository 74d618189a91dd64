package org.kalamela.bootstrap.contract.festival;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Removes what the sequence contracts commit (their draws must commit to race each other): the counters,
 * events and editions of the contracts' years 2026 and 2027, which no other test uses (HTTP tests take years
 * of their own), so the next contract test starts from empty counters.
 */
final class CommittedContractRows {

    private static final List<Integer> YEARS = List.of(2026, 2027);

    private CommittedContractRows() {
    }

    static void delete(EntityManager em) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("chest_number_counters", "team_number_counters", "festival_events")) {
                em.createNativeQuery("DELETE FROM " + table + " WHERE edition_year IN (:years)")
                        .setParameter("years", YEARS).executeUpdate();
            }
            em.createNativeQuery("DELETE FROM editions WHERE year IN (:years)").setParameter("years", YEARS)
                    .executeUpdate();
        });
    }
}
