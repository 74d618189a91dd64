package org.kalamela.domain.festival.championship;

import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** Short ways to write scored entries in tests: unit {@code u} lies in district {@code u / 10}. */
final class Scores {

    private Scores() {
    }

    static ScoredEntry solo(long event, long member, Gender gender, long unit, int points) {
        return ScoredEntry.individual(EventId.of(event), MemberId.of(member), gender, UnitId.of(unit),
                DistrictId.of(districtOf(unit)), points);
    }

    static ScoredEntry man(long event, long member, long unit, int points) {
        return solo(event, member, Gender.M, unit, points);
    }

    static ScoredEntry woman(long event, long member, long unit, int points) {
        return solo(event, member, Gender.F, unit, points);
    }

    static ScoredEntry team(long event, long team, long unit, int points) {
        return ScoredEntry.team(EventId.of(event), TeamId.of(team), UnitId.of(unit), DistrictId.of(districtOf(unit)),
                points);
    }

    static long districtOf(long unit) {
        return Math.max(1, unit / 10);
    }
}
