package org.kalamela.application.conference.delegate;

import java.time.Instant;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.value.Gender;

/** A delegate as the API shows it, with the member's name and gender. */
public record DelegateView(long id, long conferenceId, long districtId, long memberId, String name, Gender gender,
                           DelegateKind kind, FoodPreference foodPreference, boolean accommodation, Instant addedAt) {

    public static DelegateView of(Delegate d, ConferenceMember member) {
        return new DelegateView(d.id().value(), d.conferenceId().value(), d.districtId().value(),
                d.memberId().value(), member.name(), member.gender(), d.kind(), d.needs().food(),
                d.needs().needsAccommodation(), d.addedAt());
    }
}
