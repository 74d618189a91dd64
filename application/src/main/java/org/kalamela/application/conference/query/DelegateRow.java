package org.kalamela.application.conference.query;

import java.time.Instant;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** A delegate with the member's name, gender, unit and district, as lists and exports show it. */
public record DelegateRow(DelegateId id, MemberId memberId, String name, Gender gender, String unitName,
                          DistrictId districtId, String districtName, DelegateKind kind, FoodPreference foodPreference,
                          boolean accommodation, Instant addedAt) {
}
