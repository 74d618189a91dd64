package org.kalamela.domain.festival.team;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** A team about to be stored, with its full member list and the code drawn for it. */
public record NewTeam(TeamCode code, EventId eventId, DistrictId districtId, UnitId unitId, Set<MemberId> members,
                      AccountId registeredBy, Instant registeredAt) {

    public NewTeam {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(registeredBy, "registeredBy");
        Objects.requireNonNull(registeredAt, "registeredAt");
        members = Set.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a team has members");
        }
    }

    public Team withId(TeamId id) {
        return new Team(id, code, eventId, districtId, unitId, members);
    }
}
