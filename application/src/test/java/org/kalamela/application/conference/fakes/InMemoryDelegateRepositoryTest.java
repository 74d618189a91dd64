package org.kalamela.application.conference.fakes;

import org.kalamela.application.conference.contract.ConferenceContractFixture;
import org.kalamela.application.conference.contract.DelegateRepositoryContract;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.conference.delegate.DelegateRepository;

class InMemoryDelegateRepositoryTest extends DelegateRepositoryContract {

    private final ConferenceFakes fakes = new ConferenceFakes();

    @Override
    protected DelegateRepository repository() {
        return fakes.delegates;
    }

    @Override
    protected ConferenceRepository conferences() {
        return fakes.conferences;
    }

    @Override
    protected DelegateListReader listReader() {
        return fakes.readers;
    }

    @Override
    protected DistrictTallyReader tallies() {
        return fakes.readers;
    }

    @Override
    protected ConferenceMemberDirectory directory() {
        return fakes.members;
    }

    @Override
    protected ConferenceContractFixture fixture() {
        return new InMemoryConferenceContractFixture(fakes);
    }
}
