package org.kalamela.application.conference.query;

import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.shared.id.DistrictId;

/** Which delegates of a conference to list; a null field does not filter. */
public record DelegateFilter(DistrictId districtId, DelegateKind kind) {

    public static DelegateFilter all() {
        return new DelegateFilter(null, null);
    }
}
