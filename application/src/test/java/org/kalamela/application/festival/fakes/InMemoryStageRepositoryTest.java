package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.StageRepositoryContract;
import org.kalamela.domain.festival.schedule.StageRepository;

class InMemoryStageRepositoryTest extends StageRepositoryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected StageRepository repository() {
        return fakes.stages;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
