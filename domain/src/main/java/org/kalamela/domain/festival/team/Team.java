package org.kalamela.domain.festival.team;

import java.util.Objects;
import java.util.Set;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** A team registered for a group event: one unit's members, under its team code. */
public record Team(TeamId id, TeamCode code, EventId eventId, DistrictId districtId, UnitId unitId,
                   Set<MemberId> members) {

    public Team {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(unitId, "unitId");
        members = Set.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a team has members");
        }
    }

    public int size() {
        return members.size();
    }
}
