package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.RegistrationNumberSequenceContract;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;

/** Runs the {@link RegistrationNumberSequenceContract} against the in-memory fake. */
class InMemoryRegistrationNumberSequenceTest extends RegistrationNumberSequenceContract {

    private final RegistryFakes fakes = new RegistryFakes();

    @Override
    protected RegistrationNumberSequence sequence() {
        return fakes.sequence;
    }
}
