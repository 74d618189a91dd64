package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.TeamRepositoryContract;
import org.kalamela.domain.festival.team.TeamRepository;

class InMemoryTeamRepositoryTest extends TeamRepositoryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected TeamRepository repository() {
        return fakes.teams;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
