package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.ExclusionRepositoryContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.entry.ExclusionRepository;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.FestivalEventRepository;

@QuarkusTest
class PostgresExclusionRepositoryContractTest extends ExclusionRepositoryContract {

    @Inject
    EntityManager em;

    @Inject
    EditionRepository editions;

    @Inject
    FestivalEventRepository events;

    @Inject
    IndividualEntryRepository entries;

    @Inject
    ExclusionRepository exclusions;

    @Inject
    ExclusionListReader exclusionList;

    @BeforeEach
    void beginTransaction() {
        ContractTransaction.ensure(em);
    }

    @AfterEach
    void rollBack() {
        ContractTransaction.rollBack();
    }

    @Override
    protected ExclusionRepository repository() {
        return exclusions;
    }

    @Override
    protected ExclusionListReader listReader() {
        return exclusionList;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return PostgresContractFixtures.rolledBack(em, editions, events, entries);
    }
}
