package org.kalamela.domain.festival.championship;

import java.util.Objects;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * The points a published result gave one individual entry (its member, of the member's unit and district)
 * or one team (of the team's unit and district). Exactly one of {@code member} and {@code team} is set, as
 * the kind says; an individual entry carries its member's gender, which decides the title they compete for.
 */
public record ScoredEntry(EventId event, EventKind kind, MemberId member, Gender gender, TeamId team,
                          UnitId unit, DistrictId district, int points) {

    public ScoredEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(district, "district");
        boolean individual = kind == EventKind.INDIVIDUAL;
        if (individual != (member != null) || individual != (gender != null) || individual == (team != null)) {
            throw new IllegalArgumentException("an individual entry names its member and gender, a team its team: "
                    + kind + " member=" + member + " gender=" + gender + " team=" + team);
        }
        if (points < 0) {
            throw new IllegalArgumentException("points are 0 or more: " + points);
        }
    }

    public static ScoredEntry individual(EventId event, MemberId member, Gender gender, UnitId unit,
                                         DistrictId district, int points) {
        return new ScoredEntry(event, EventKind.INDIVIDUAL, member, gender, null, unit, district, points);
    }

    public static ScoredEntry team(EventId event, TeamId team, UnitId unit, DistrictId district, int points) {
        return new ScoredEntry(event, EventKind.GROUP, null, null, team, unit, district, points);
    }

    public boolean isIndividual() {
        return kind == EventKind.INDIVIDUAL;
    }
}
