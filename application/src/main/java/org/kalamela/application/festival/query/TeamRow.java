package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Objects;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** One team as lists show it, with its members ordered by name. */
public record TeamRow(
        TeamId id,
        TeamCode code,
        EventId eventId,
        String eventName,
        UnitId unitId,
        String unitName,
        DistrictId districtId,
        String districtName,
        List<TeamMemberRow> members) {

    public TeamRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(eventId, "eventId");
        members = List.copyOf(members);
    }
}
