package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.ScheduleRepositoryContract;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.festival.schedule.StageStatusRepository;

class InMemoryScheduleTest extends ScheduleRepositoryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected ScheduleRepository plan() {
        return fakes.schedule;
    }

    @Override
    protected SchedulePublicationRepository publications() {
        return fakes.schedule;
    }

    @Override
    protected StageStatusRepository statuses() {
        return fakes.stageStatuses;
    }

    @Override
    protected StageRepository stages() {
        return fakes.stages;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
