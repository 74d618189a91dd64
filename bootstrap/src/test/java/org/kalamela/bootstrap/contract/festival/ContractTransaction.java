package org.kalamela.bootstrap.contract.festival;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

/**
 * The one transaction a festival contract test runs in, rolled back afterwards. The contracts build their
 * rows in {@code @BeforeEach} methods, which {@code @TestTransaction} does not cover (quarkusio/quarkus#43047),
 * so the transaction is begun by whichever comes first, a fixture or the test class's own
 * {@code @BeforeEach}, on the test's thread, and rolled back by the test class's {@code @AfterEach}.
 *
 * <p>Inside it the festival's tables are emptied ({@code TRUNCATE editions CASCADE}, undone by the rollback),
 * because the contracts assume an empty store (one current edition at most, fixed years 2026 and 2027)
 * while other tests leave committed editions behind.
 */
public final class ContractTransaction {

    private ContractTransaction() {
    }

    /**
     * Begins the test's transaction unless already begun, empties the festival's tables in it, and makes the
     * accounts 1 to 7 exist, which contract bodies name as the authors of entries and exclusions.
     */
    public static void ensure(EntityManager em) {
        if (QuarkusTransaction.isActive()) {
            return;
        }
        QuarkusTransaction.begin();
        em.createNativeQuery("TRUNCATE editions CASCADE").executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO accounts (id, username, display_name, password_hash, role)
                        SELECT n, 'festival-contract-' || n || '-' || md5(CAST(random() AS text)), 'Contract account',
                               'not a hash', 'ADMIN'
                        FROM generate_series(1, 7) n ON CONFLICT DO NOTHING""").executeUpdate();
    }

    public static void rollBack() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
    }
}
