package org.kalamela.application.festival.fakes;

import org.kalamela.application.festival.contract.EditionRepositoryContract;
import org.kalamela.domain.festival.edition.EditionRepository;

class InMemoryEditionRepositoryTest extends EditionRepositoryContract {

    private final EditionRepository repository = new InMemoryEditionRepository();

    @Override
    protected EditionRepository repository() {
        return repository;
    }
}
