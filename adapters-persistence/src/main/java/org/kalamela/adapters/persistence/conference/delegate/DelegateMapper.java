package org.kalamela.adapters.persistence.conference.delegate;

import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.conference.delegate.NewDelegate;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** The one mapping between a {@code conference_delegates} row and a {@link Delegate}. */
final class DelegateMapper {

    private DelegateMapper() {
    }

    static Delegate toDomain(DelegateEntity e) {
        return new Delegate(DelegateId.of(e.id), ConferenceId.of(e.conferenceId), DistrictId.of(e.districtId),
                MemberId.of(e.memberId), DelegateKind.valueOf(e.kind),
                new DelegateNeeds(FoodPreference.valueOf(e.foodPreference), e.accommodation),
                e.officialAccountId == null ? null : AccountId.of(e.officialAccountId), AccountId.of(e.addedBy),
                e.addedAt);
    }

    static DelegateEntity toEntity(NewDelegate d) {
        DelegateEntity entity = new DelegateEntity();
        entity.conferenceId = d.conferenceId().value();
        entity.districtId = d.districtId().value();
        entity.memberId = d.memberId().value();
        entity.kind = d.kind().name();
        write(d.needs(), entity);
        entity.officialAccountId = d.officialAccount() == null ? null : d.officialAccount().value();
        entity.addedBy = d.addedBy().value();
        entity.addedAt = d.addedAt();
        return entity;
    }

    static void write(DelegateNeeds needs, DelegateEntity entity) {
        entity.foodPreference = needs.food().name();
        entity.accommodation = needs.needsAccommodation();
    }
}
