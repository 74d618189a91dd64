package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.OrderOfAppearanceContract;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.EventPerformers;

class InMemoryOrderOfAppearanceContractTest extends OrderOfAppearanceContract {

    private final FestivalFakes fakes = new FestivalFakes();
    private final InMemoryContractFixtures fixtures = new InMemoryContractFixtures(fakes);

    @Override
    protected EventPerformers performers() {
        return fakes.performers;
    }

    @Override
    protected OrderOfAppearanceReader appearances() {
        return fakes.appearances;
    }

    @Override
    protected DrawRepository draws() {
        return fakes.draws;
    }

    @Override
    protected FestivalContractFixtures fixtures() {
        return fixtures;
    }
}
