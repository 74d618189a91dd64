package org.kalamela.adapters.persistence.festival.team;

import java.util.Set;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.team.NewTeam;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/** The one mapping between a {@code teams} row with its {@code team_members} rows and a {@link Team}. */
final class TeamMapper {

    private TeamMapper() {
    }

    static Team toDomain(TeamEntity entity, Set<MemberId> members) {
        return new Team(TeamId.of(entity.id), new TeamCode(new ShortCode(entity.codePrefix), entity.teamNumber),
                EventId.of(entity.eventId), DistrictId.of(entity.districtId), UnitId.of(entity.unitId), members);
    }

    /** {@code edition} is the team's event's, which the team row repeats. */
    static TeamEntity toEntity(NewTeam team, int edition) {
        TeamEntity entity = new TeamEntity();
        entity.editionYear = edition;
        entity.eventId = team.eventId().value();
        copy(team.code(), entity);
        entity.districtId = team.districtId().value();
        entity.unitId = team.unitId().value();
        entity.registeredBy = team.registeredBy().value();
        entity.registeredAt = team.registeredAt();
        return entity;
    }

    static void copy(TeamCode code, TeamEntity entity) {
        entity.codePrefix = code.eventCode().value();
        entity.teamNumber = code.number();
    }

    static TeamMemberEntity toEntity(TeamEntity team, MemberId member) {
        TeamMemberEntity row = new TeamMemberEntity();
        row.teamId = team.id;
        row.memberId = member.value();
        row.eventId = team.eventId;
        return row;
    }
}
