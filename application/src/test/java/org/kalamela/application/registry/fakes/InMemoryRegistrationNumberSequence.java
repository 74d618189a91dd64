package org.kalamela.application.registry.fakes;

import org.kalamela.domain.registry.registration.RegistrationNumberSequence;

/** In-memory {@link RegistrationNumberSequence}: a counter per year. */
public class InMemoryRegistrationNumberSequence implements RegistrationNumberSequence {

    private final RegistryMemory memory;

    public InMemoryRegistrationNumberSequence(RegistryMemory memory) {
        this.memory = memory;
    }

    @Override
    public long next(int year) {
        return memory.sequences.merge(year, 1L, Long::sum);
    }
}
