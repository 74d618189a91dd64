package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.StageRepositoryContract;
import org.kalamela.domain.festival.schedule.StageRepository;

@QuarkusTest
class PostgresStageRepositoryContractTest extends StageRepositoryContract {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    StageRepository stages;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Override
    protected StageRepository repository() {
        return stages;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
