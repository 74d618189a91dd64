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
 * An individual entry about to be stored.
 *
 * @param districtId the district the entry counts for: the member's, which is the registering official's
 * @param seniority the seniority the entry counts under, derived from the member's date of birth by the
 *        edition's rules when the entry was made; stored so that the count per seniority never shifts
 */
public record NewIndividualEntry(
        EditionYear edition,
        EventId eventId,
        MemberId memberId,
        DistrictId districtId,
        Seniority seniority,
        AccountId registeredBy,
        Instant registeredAt) {

    public NewIndividualEntry {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    public IndividualEntry withId(IndividualEntryId id) {
        return new IndividualEntry(id, edition, eventId, memberId, districtId, seniority, registeredBy,
                registeredAt);
    }
}
