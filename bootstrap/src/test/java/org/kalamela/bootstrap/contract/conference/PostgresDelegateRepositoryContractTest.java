package org.kalamela.bootstrap.contract.conference;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.conference.contract.ConferenceContractFixture;
import org.kalamela.application.conference.contract.DelegateRepositoryContract;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.conference.delegate.DelegateRepository;

@QuarkusTest
class PostgresDelegateRepositoryContractTest extends DelegateRepositoryContract {

    @Inject
    RolledBackConferenceContracts contracts;

    @Inject
    DelegateRepository delegates;

    @Inject
    ConferenceRepository conferences;

    @Inject
    DelegateListReader list;

    @Inject
    DistrictTallyReader tallies;

    @Inject
    ConferenceMemberDirectory directory;

    @BeforeEach
    void beginTransaction() {
        contracts.begin();
    }

    @AfterEach
    void rollBack() {
        contracts.rollBack();
    }

    @Override
    protected DelegateRepository repository() {
        return delegates;
    }

    @Override
    protected ConferenceRepository conferences() {
        return conferences;
    }

    @Override
    protected DelegateListReader listReader() {
        return list;
    }

    @Override
    protected DistrictTallyReader tallies() {
        return tallies;
    }

    @Override
    protected ConferenceMemberDirectory directory() {
        return directory;
    }

    @Override
    protected ConferenceContractFixture fixture() {
        return contracts;
    }
}
