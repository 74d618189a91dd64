package org.kalamela.domain.conference.delegate;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/** A delegate as stored (see {@link NewDelegate}). */
public record Delegate(DelegateId id, ConferenceId conferenceId, DistrictId districtId, MemberId memberId,
                       DelegateKind kind, DelegateNeeds needs, AccountId officialAccount, AccountId addedBy,
                       Instant addedAt) {

    public Delegate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(needs, "needs");
        new NewDelegate(conferenceId, districtId, memberId, kind, needs, officialAccount, addedBy, addedAt);
    }

    public boolean isOfficial() {
        return kind == DelegateKind.OFFICIAL;
    }

    public Delegate withNeeds(DelegateNeeds changed) {
        return new Delegate(id, conferenceId, districtId, memberId, kind, changed, officialAccount, addedBy, addedAt);
    }
}
