package org.kalamela.application.festival.query;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * One individual entry as lists show it, flat, read in one query.
 *
 * @param chestNumber the member's current chest number in the edition; empty only for entries imported
 *        without one, until the assign-chest-numbers job has run
 */
public record IndividualEntryRow(
        IndividualEntryId id,
        EventId eventId,
        String eventName,
        MemberId memberId,
        String memberName,
        UnitId unitId,
        String unitName,
        DistrictId districtId,
        String districtName,
        Seniority seniority,
        Optional<ChestNumber> chestNumber) {

    public IndividualEntryRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(seniority, "seniority");
        chestNumber = chestNumber == null ? Optional.empty() : chestNumber;
    }
}
