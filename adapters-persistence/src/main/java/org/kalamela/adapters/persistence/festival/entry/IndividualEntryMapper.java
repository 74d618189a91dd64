package org.kalamela.adapters.persistence.festival.entry;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** The one mapping between an {@code individual_entries} row and an {@link IndividualEntry}. */
final class IndividualEntryMapper {

    private IndividualEntryMapper() {
    }

    static IndividualEntry toDomain(IndividualEntryEntity e) {
        return new IndividualEntry(IndividualEntryId.of(e.id), EditionYear.of(e.editionYear), EventId.of(e.eventId),
                MemberId.of(e.memberId), DistrictId.of(e.districtId), Seniority.valueOf(e.seniority),
                AccountId.of(e.registeredBy), e.registeredAt);
    }

    static IndividualEntryEntity toEntity(NewIndividualEntry entry) {
        IndividualEntryEntity entity = new IndividualEntryEntity();
        entity.editionYear = entry.edition().value();
        entity.eventId = entry.eventId().value();
        entity.memberId = entry.memberId().value();
        entity.districtId = entry.districtId().value();
        entity.seniority = entry.seniority().name();
        entity.registeredBy = entry.registeredBy().value();
        entity.registeredAt = entry.registeredAt();
        return entity;
    }
}
