package org.kalamela.bootstrap.contract.festival;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.kalamela.application.festival.contract.ChestNumberSequenceContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.chest.ChestNumberSequence;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.FestivalEventRepository;

/** Each draw commits in a transaction of its own, so that concurrent draws race as real requests do. */
@QuarkusTest
class PostgresChestNumberSequenceContractTest extends ChestNumberSequenceContract {

    @Inject
    EntityManager em;

    @Inject
    EditionRepository editions;

    @Inject
    FestivalEventRepository events;

    @Inject
    IndividualEntryRepository entries;

    @Inject
    ChestNumberSequence sequence;

    @AfterEach
    void deleteCommittedRows() {
        CommittedContractRows.delete(em);
    }

    @Override
    protected ChestNumberSequence sequence() {
        return sequence;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return PostgresContractFixtures.committed(em, editions, events, entries);
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
