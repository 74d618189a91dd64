package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.TeamNumberSequenceContract;
import org.kalamela.domain.festival.team.TeamNumberSequence;

class InMemoryTeamNumberSequenceTest extends TeamNumberSequenceContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected TeamNumberSequence sequence() {
        return fakes.teamNumberSequence;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
