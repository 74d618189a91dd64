package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.IndividualEntryRepositoryContract;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;

@QuarkusTest
class PostgresIndividualEntryRepositoryContractTest extends IndividualEntryRepositoryContract {

    @Inject
    RolledBackFestivalContracts festival;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Override
    protected IndividualEntryRepository repository() {
        return festival.entries();
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
