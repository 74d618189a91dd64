package org.kalamela.application.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;

class ShowDistrictTeamTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent song = world.groupEvent("Group song", 2, 4, 2);
    private final Team team = world.team(world.official, song, world.unit, world.juniors(world.unit, 2));

    @Test
    void an_official_reads_their_districts_team_with_its_code_and_members() {
        Team shown = world.showTeam.execute(team.id(), world.official);
        assertThat(shown.code()).isEqualTo(team.code());
        assertThat(shown.members()).containsExactlyInAnyOrderElementsOf(team.members());
    }

    @Test
    void another_districts_team_or_a_missing_one_is_not_found() {
        Team other = world.team(world.otherOfficial, song, world.otherDistrictUnit,
                world.juniors(world.otherDistrictUnit, 2));
        assertNotFound(() -> world.showTeam.execute(other.id(), world.official));
        assertNotFound(() -> world.showTeam.execute(TeamId.of(999), world.official));
        assertThat(world.showTeam.execute(other.id(), world.otherOfficial).id()).isEqualTo(other.id());
    }

    @Test
    void only_a_district_official_reads_teams_here() {
        assertForbidden(() -> world.showTeam.execute(team.id(), world.admin));
    }
}
