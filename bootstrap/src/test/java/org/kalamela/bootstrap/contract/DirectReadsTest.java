package org.kalamela.bootstrap.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.stat.Statistics;
import org.kalamela.adapters.persistence.identity.session.SessionEntity;
import org.kalamela.bootstrap.support.TestAccounts;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.junit.jupiter.api.Test;

/**
 * The hot reads that run as plain JDBC on the Hibernate session's connection ({@code DirectReads}) behave as
 * Hibernate's own queries do: outside a transaction the connection goes back to the pool after the statement,
 * inside one the read sees the transaction's unflushed writes, and each statement is counted.
 */
@QuarkusTest
class DirectReadsTest {

    @Inject
    SessionRepository sessions;

    @Inject
    EntityManager em;

    @Inject
    TestAccounts accounts;

    /*
     * The session check runs in no transaction, in the request's Hibernate session. Were its connection kept
     * until the request ends, every signed-in request would hold two (the check's and its transaction's): 32
     * officials at once timed out waiting for a pool of 20 (docs/benchmarks.md).
     */
    @Test
    @ActivateRequestContext
    void outsideATransactionTheConnectionGoesBackAfterTheStatement() {
        assertThat(sessions.statusOf(SessionId.random())).isEmpty();

        assertThat(em.unwrap(SessionImplementor.class).getJdbcCoordinator().getLogicalConnection()
                .isPhysicallyConnected()).isFalse();
    }

    @Test
    void aReadSeesWhatItsOwnTransactionHasNotFlushedYet() {
        AccountId admin = accounts.admin(TestAccounts.unique("direct-reads"), "Direct-Reads-Password-1");
        SessionId id = SessionId.random();
        QuarkusTransaction.requiringNew().run(() -> {
            SessionEntity started = new SessionEntity();
            started.id = id.value();
            started.accountId = admin.value();
            started.startedAt = Instant.now();
            em.persist(started);

            assertThat(sessions.statusOf(id)).hasValueSatisfying(status -> {
                assertThat(status.accountId()).isEqualTo(admin);
                assertThat(status.ended()).isFalse();
            });
        });
    }

    @Test
    @ActivateRequestContext
    void eachStatementIsCountedAsHibernateCountsItsOwn() {
        Statistics statistics = em.unwrap(SessionImplementor.class).getFactory().getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        long before = statistics.getPrepareStatementCount();

        sessions.statusOf(SessionId.random());
        sessions.statusOf(SessionId.random());

        assertThat(statistics.getPrepareStatementCount() - before).isEqualTo(2);
    }
}
