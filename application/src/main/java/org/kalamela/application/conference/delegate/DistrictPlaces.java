package org.kalamela.application.conference.delegate;

import java.util.List;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateLimits;

/**
 * A district's registration for a conference, as its official works on it: the limits, how many of each kind
 * are registered, the places left, and the delegates themselves (officials first).
 */
public record DistrictPlaces(long districtId, String districtName, DelegateLimits limits, int officials,
                             int members, int remainingOfficials, int remainingMembers, List<DelegateRow> delegates) {

    public DistrictPlaces {
        delegates = List.copyOf(delegates);
    }

    static DistrictPlaces of(long districtId, String districtName, DelegateLimits limits, List<DelegateRow> rows) {
        int officials = (int) rows.stream().filter(row -> row.kind() == DelegateKind.OFFICIAL).count();
        int members = rows.size() - officials;
        return new DistrictPlaces(districtId, districtName, limits, officials, members,
                limits.remaining(DelegateKind.OFFICIAL, officials), limits.remaining(DelegateKind.MEMBER, members),
                rows);
    }
}
