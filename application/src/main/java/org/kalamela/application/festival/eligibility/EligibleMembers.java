package org.kalamela.application.festival.eligibility;

import java.util.List;
import org.kalamela.domain.festival.event.EventId;

/**
 * The members of a district an official may enter in an event and, when an explanation was asked for, the
 * others with the reasons they are left out. Both ordered by unit name, then member name.
 */
public record EligibleMembers(EventId eventId, List<CandidateRow> eligible, List<CandidateRow> leftOut) {

    public EligibleMembers {
        eligible = List.copyOf(eligible);
        leftOut = List.copyOf(leftOut);
    }
}
