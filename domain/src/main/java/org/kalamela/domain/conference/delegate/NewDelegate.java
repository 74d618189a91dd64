package org.kalamela.domain.conference.delegate;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A delegate about to be stored. An official carries the district's official account it is linked to; a
 * member delegate carries none.
 */
public record NewDelegate(ConferenceId conferenceId, DistrictId districtId, MemberId memberId, DelegateKind kind,
                          DelegateNeeds needs, AccountId officialAccount, AccountId addedBy, Instant addedAt) {

    public NewDelegate {
        Objects.requireNonNull(conferenceId, "conferenceId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(addedBy, "addedBy");
        Objects.requireNonNull(addedAt, "addedAt");
        if ((kind == DelegateKind.OFFICIAL) != (officialAccount != null)) {
            throw new IllegalArgumentException("an official, and only an official, is linked to an account");
        }
    }

    public Delegate withId(DelegateId id) {
        return new Delegate(id, conferenceId, districtId, memberId, kind, needs, officialAccount, addedBy, addedAt);
    }
}
