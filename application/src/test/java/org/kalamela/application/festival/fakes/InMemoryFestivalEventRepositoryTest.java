package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.FestivalEventRepositoryContract;
import org.kalamela.domain.festival.event.FestivalEventRepository;

class InMemoryFestivalEventRepositoryTest extends FestivalEventRepositoryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected FestivalEventRepository repository() {
        return fakes.events;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
