package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.IndividualEntryRepositoryContract;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;

class InMemoryIndividualEntryRepositoryTest extends IndividualEntryRepositoryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected IndividualEntryRepository repository() {
        return fakes.entries;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
