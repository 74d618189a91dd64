package org.kalamela.application.festival.eligibility;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.IneligibilityReason;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * A member in the eligible-members listing of an event.
 *
 * @param seniority the seniority the member would compete in; empty when the date of birth is outside both
 *        ranges
 * @param reasons why the member is left out, most basic first; empty for an eligible member
 */
public record CandidateRow(MemberId memberId, String name, UnitId unitId, String unitName, Gender gender,
                           Optional<Seniority> seniority, List<IneligibilityReason> reasons) {

    public CandidateRow {
        reasons = List.copyOf(reasons);
    }
}
