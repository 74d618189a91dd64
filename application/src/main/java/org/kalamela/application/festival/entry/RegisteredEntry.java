package org.kalamela.application.festival.entry;

import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.MemberId;

/** An individual entry just made: the seniority it counts under and the member's chest number. */
public record RegisteredEntry(IndividualEntryId id, EventId eventId, MemberId memberId, Seniority seniority,
                              ChestNumber chestNumber) {
}
