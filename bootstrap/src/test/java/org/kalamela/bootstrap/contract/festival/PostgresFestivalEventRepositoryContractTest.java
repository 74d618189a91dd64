package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.FestivalEventRepositoryContract;
import org.kalamela.domain.festival.event.FestivalEventRepository;

@QuarkusTest
class PostgresFestivalEventRepositoryContractTest extends FestivalEventRepositoryContract {

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
    protected FestivalEventRepository repository() {
        return festival.events();
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
