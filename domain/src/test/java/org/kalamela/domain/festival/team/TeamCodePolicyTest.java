package org.kalamela.domain.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.FestivalFixtures.groupEvent;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

class TeamCodePolicyTest {

    private final TeamCodePolicy policy = new TeamCodePolicy();
    private final FestivalEvent groupSong = groupEvent(38, 3, 8, 1);

    @Test
    void an_edited_code_keeps_the_events_short_code_and_a_free_number() {
        TeamCode g38 = TeamCode.parse("G38-5");

        assertThat(policy.checkEdited(g38, groupSong, false)).isEqualTo(g38);
        assertViolation(() -> policy.checkEdited(TeamCode.parse("GS-5"), groupSong, false), "TEAM_CODE_WRONG_EVENT");
        assertViolation(() -> policy.checkEdited(g38, groupSong, true), "TEAM_CODE_TAKEN");
    }

    @Test
    void a_new_team_has_members_and_becomes_a_team_under_its_id() {
        NewTeam team = new NewTeam(TeamCode.parse("G38-1"), EventId.of(38), DistrictId.of(1), UnitId.of(10),
                Set.of(MemberId.of(1), MemberId.of(2)), AccountId.of(2), Instant.EPOCH);

        assertThat(team.withId(TeamId.of(4)).size()).isEqualTo(2);
        assertThat(team.withId(TeamId.of(4)).id()).isEqualTo(TeamId.of(4));
        assertThatThrownBy(() -> new NewTeam(TeamCode.parse("G38-1"), EventId.of(38), DistrictId.of(1),
                UnitId.of(10), Set.of(), AccountId.of(2), Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TeamId.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
