package org.kalamela.adapters.persistence.festival.exclusion;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/** The one mapping between a {@code festival_exclusions} row and an {@link Exclusion}. */
final class ExclusionMapper {

    private ExclusionMapper() {
    }

    static Exclusion toDomain(ExclusionEntity e) {
        return new Exclusion(ExclusionId.of(e.id), EditionYear.of(e.editionYear), MemberId.of(e.memberId), e.reason,
                AccountId.of(e.excludedBy), e.excludedAt);
    }

    static ExclusionEntity toEntity(NewExclusion exclusion) {
        ExclusionEntity entity = new ExclusionEntity();
        entity.editionYear = exclusion.edition().value();
        entity.memberId = exclusion.memberId().value();
        entity.reason = exclusion.reason();
        entity.excludedBy = exclusion.excludedBy().value();
        entity.excludedAt = exclusion.excludedAt();
        return entity;
    }
}
