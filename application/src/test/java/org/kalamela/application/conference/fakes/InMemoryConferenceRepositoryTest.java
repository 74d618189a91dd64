package org.kalamela.application.conference.fakes;

import org.kalamela.application.conference.contract.ConferenceRepositoryContract;
import org.kalamela.domain.conference.conference.ConferenceRepository;

class InMemoryConferenceRepositoryTest extends ConferenceRepositoryContract {

    private final ConferenceFakes fakes = new ConferenceFakes();

    @Override
    protected ConferenceRepository repository() {
        return fakes.conferences;
    }
}
