package org.kalamela.application.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.festival.team.TeamId;

class EditTeamCodeTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent song = world.groupEvent("Group Song", 2, 4, 1);
    private final FestivalEvent skit = world.groupEvent("Skit", 2, 4, 1);
    private final Team first = world.team(world.official, song, world.unit, world.juniors(world.unit, 2));
    private final Team second = world.team(world.official, song, world.secondUnit,
            world.juniors(world.secondUnit, 2));

    private Team edit(Team team, String code) {
        return world.editTeamCode.execute(new EditTeamCode.Command(team.id(), code), world.admin);
    }

    @Test
    void the_admin_gives_a_free_number_and_it_is_audited() {
        Team edited = edit(first, "gs-7");

        assertThat(edited.code()).hasToString("GS-7");
        assertThat(world.fakes.teams.findById(first.id())).contains(edited);
        assertThat(world.fakes.audit.last("TEAM_CODE_EDITED").details()).containsEntry("code", "GS-1 -> GS-7");
    }

    @Test
    void a_code_keeps_its_events_short_code_and_a_free_number() {
        assertViolation(() -> edit(first, "S-7"), "TEAM_CODE_WRONG_EVENT");
        assertViolation(() -> edit(first, "GS-2"), "TEAM_CODE_TAKEN");
        assertInvalidFields(() -> edit(first, "GS7"), "teamCode");
        assertNotFound(() -> world.editTeamCode.execute(new EditTeamCode.Command(TeamId.of(999), "GS-9"),
                world.admin));
        assertThat(edit(first, "GS-1")).isEqualTo(first);
        assertThat(world.fakes.audit.actions()).doesNotContain("TEAM_CODE_EDITED");
    }

    @Test
    void the_counter_skips_a_number_the_admin_typed_by_hand() {
        edit(second, "GS-3");
        world.removeTeam.execute(first.id(), world.official);

        Team next = world.team(world.official, song, world.unit, world.juniors(world.unit, 2));

        assertThat(next.code()).hasToString("GS-4");
        assertThat(world.team(world.official, skit, world.unit, world.juniors(world.unit, 2)).code())
                .hasToString("S-1");
    }

    @Test
    void only_the_admin_edits_team_codes() {
        assertForbidden(() -> world.editTeamCode.execute(new EditTeamCode.Command(first.id(), "GS-9"),
                world.official));
    }
}
