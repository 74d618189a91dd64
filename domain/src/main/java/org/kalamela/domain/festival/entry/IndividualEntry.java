package org.kalamela.domain.festival.entry;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A member entered in an individual event, as stored; see {@link NewIndividualEntry} for the fields. The
 * member's chest number is not part of the entry: it belongs to the member for the whole edition.
 */
public record IndividualEntry(
        IndividualEntryId id,
        EditionYear edition,
        EventId eventId,
        MemberId memberId,
        DistrictId districtId,
        Seniority seniority,
        AccountId registeredBy,
        Instant registeredAt) {

    public IndividualEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
