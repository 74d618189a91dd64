package org.kalamela.application.festival.query;

import java.util.Objects;
import org.kalamela.domain.festival.championship.ScoredEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * One entry of a published result with a mark: an individual entry (of its member's unit and district) or a
 * team (of the team's unit and district), with what the public may see of it.
 *
 * @param participant the member's name, or the team's code
 * @param chestNumber the member's current chest number, null for a team or a member without one
 * @param grade null when the mark earns no grade
 */
public record ScoredEntryRow(EventId event, EventKind kind, MemberId member, Gender gender, TeamId team,
                             String participant, Integer chestNumber, UnitId unit, String unitName,
                             DistrictId district, String districtName, int rank, String grade, int points) {

    public ScoredEntryRow {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(districtName, "districtName");
        scored(event, kind, member, gender, team, unit, district, points);
    }

    /** What the championship and the titles are decided on. */
    public ScoredEntry scored() {
        return scored(event, kind, member, gender, team, unit, district, points);
    }

    private static ScoredEntry scored(EventId event, EventKind kind, MemberId member, Gender gender, TeamId team,
                                      UnitId unit, DistrictId district, int points) {
        return new ScoredEntry(event, kind, member, gender, team, unit, district, points);
    }

    /** For a team its code, for an individual entry nothing. */
    public String teamCode() {
        return team == null ? null : participant;
    }
}
