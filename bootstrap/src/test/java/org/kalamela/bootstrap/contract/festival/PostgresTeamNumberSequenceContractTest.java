package org.kalamela.bootstrap.contract.festival;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.TeamNumberSequenceContract;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.team.TeamNumberSequence;

/** Each draw commits in a transaction of its own, so that concurrent draws race as real requests do. */
@QuarkusTest
class PostgresTeamNumberSequenceContractTest extends TeamNumberSequenceContract {

    @Inject
    EntityManager em;

    @Inject
    EditionRepository editions;

    @Inject
    FestivalEventRepository events;

    @Inject
    IndividualEntryRepository entries;

    @Inject
    TeamNumberSequence sequence;

    @AfterEach
    void deleteCommittedRows() {
        CommittedContractRows.delete(em);
    }

    @Override
    protected TeamNumberSequence sequence() {
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
