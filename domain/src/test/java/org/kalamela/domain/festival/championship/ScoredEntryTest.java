package org.kalamela.domain.festival.championship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

class ScoredEntryTest {

    private static final EventId EVENT = EventId.of(1);
    private static final UnitId UNIT = UnitId.of(2);
    private static final DistrictId DISTRICT = DistrictId.of(3);

    @Test
    void an_individual_entry_names_its_member_and_gender_and_a_team_its_team() {
        assertThat(ScoredEntry.individual(EVENT, MemberId.of(4), Gender.F, UNIT, DISTRICT, 5).isIndividual()).isTrue();
        assertThat(ScoredEntry.team(EVENT, TeamId.of(4), UNIT, DISTRICT, 5).isIndividual()).isFalse();
    }

    @Test
    void a_scored_entry_is_one_or_the_other_never_both_nor_neither() {
        assertThatThrownBy(() -> new ScoredEntry(EVENT, EventKind.INDIVIDUAL, MemberId.of(4), Gender.M, TeamId.of(4),
                UNIT, DISTRICT, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoredEntry(EVENT, EventKind.INDIVIDUAL, MemberId.of(4), null, null, UNIT,
                DISTRICT, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoredEntry(EVENT, EventKind.GROUP, null, null, null, UNIT, DISTRICT, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoredEntry(EVENT, EventKind.GROUP, MemberId.of(4), Gender.M, TeamId.of(4),
                UNIT, DISTRICT, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void points_are_never_negative() {
        assertThatThrownBy(() -> ScoredEntry.team(EVENT, TeamId.of(4), UNIT, DISTRICT, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ScoredEntry.team(EVENT, TeamId.of(4), UNIT, DISTRICT, 0).points()).isZero();
    }
}
