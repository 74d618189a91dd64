package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.ChestNumberRegistryContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;

class InMemoryChestNumberRegistryTest extends ChestNumberRegistryContract {

    private final FestivalFakes fakes = new FestivalFakes();

    @Override
    protected ChestNumberRegistry registry() {
        return fakes.chestNumbers;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return new InMemoryContractFixtures(fakes);
    }
}
