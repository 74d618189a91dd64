package org.kalamela.application.conference.fakes;

import org.kalamela.application.registry.fakes.InMemoryDistrictRepository;
import org.kalamela.application.registry.fakes.RegistryMemory;

/** The conference's fakes over one in-memory store, with the registry's districts they read the limits from. */
public final class ConferenceFakes {

    public final InMemoryDistrictRepository districts = new InMemoryDistrictRepository(new RegistryMemory());
    public final InMemoryConferenceRepository conferences = new InMemoryConferenceRepository();
    public final InMemoryDelegateRepository delegates = new InMemoryDelegateRepository();
    public final InMemoryConferenceMembers members = new InMemoryConferenceMembers();
    public final RecordingDelegateLocks locks = new RecordingDelegateLocks();
    public final InMemoryConferenceReaders readers = new InMemoryConferenceReaders(delegates, members, districts);
}
