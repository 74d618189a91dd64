package org.kalamela.application.registry.fakes;

import org.kalamela.domain.registry.member.MemberEntryLookup;
import org.kalamela.domain.shared.id.MemberId;

/** In-memory {@link MemberEntryLookup}: a test says which members have festival entries. */
public class InMemoryMemberEntryLookup implements MemberEntryLookup {

    private final RegistryMemory memory;

    public InMemoryMemberEntryLookup(RegistryMemory memory) {
        this.memory = memory;
    }

    /** Gives the member a festival entry, as the festival context would. */
    public void enter(MemberId member) {
        memory.membersWithEntries.add(member);
    }

    @Override
    public boolean hasEntries(MemberId member) {
        return memory.membersWithEntries.contains(member);
    }
}
