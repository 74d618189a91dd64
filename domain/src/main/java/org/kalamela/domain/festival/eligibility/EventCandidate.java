package org.kalamela.domain.festival.eligibility;

import java.util.Objects;

/** A member considered for an event, with what they already have in the edition, read in the same query. */
public record EventCandidate(FestivalMember member, MemberEntries entries) {

    public EventCandidate {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(entries, "entries");
    }
}
