package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.ExclusionRepositoryContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;

class InMemoryExclusionRepositoryTest extends ExclusionRepositoryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected ExclusionRepository repository() {
        return fakes.exclusions;
    }

    @Override
    protected ExclusionListReader listReader() {
        return fakes.exclusions;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
