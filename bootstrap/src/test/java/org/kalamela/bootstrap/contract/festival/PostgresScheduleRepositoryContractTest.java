package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.ScheduleRepositoryContract;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.festival.schedule.StageStatusRepository;

@QuarkusTest
class PostgresScheduleRepositoryContractTest extends ScheduleRepositoryContract {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    ScheduleRepository plan;

    @Inject
    SchedulePublicationRepository publications;

    @Inject
    StageStatusRepository statuses;

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
    protected ScheduleRepository plan() {
        return plan;
    }

    @Override
    protected SchedulePublicationRepository publications() {
        return publications;
    }

    @Override
    protected StageStatusRepository statuses() {
        return statuses;
    }

    @Override
    protected StageRepository stages() {
        return stages;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return festival.fixtures();
    }
}
