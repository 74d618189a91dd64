package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.ChestNumberSequenceContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.chest.ChestNumberSequence;

class InMemoryChestNumberSequenceTest extends ChestNumberSequenceContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected ChestNumberSequence sequence() {
        return fakes.chestNumberSequence;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
