package org.kalamela.application.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.Refusals.assertForbidden;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.query.IndividualEntryFilter;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.application.festival.query.TeamFilter;
import org.kalamela.application.festival.query.TeamMemberRow;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

class EntryListsTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final FestivalEvent song = world.groupEvent("Group Song", 2, 4, 1);
    private final FestivalEvent poetry = world.individualEvent("Poetry");
    private final MemberId anu = world.member(world.unit, "Anu", Gender.F, JUNIOR_DOB);
    private final MemberId biju = world.member(world.secondUnit, "Biju", Gender.M, SENIOR_DOB);
    private final MemberId cyril = world.member(world.otherDistrictUnit, "Cyril", Gender.M, JUNIOR_DOB);

    @Test
    void an_official_sees_their_districts_entries_grouped_by_event_with_teams_and_members() {
        world.enter(world.official, biju, poetry);
        world.enter(world.official, anu, solo);
        world.enter(world.official, biju, solo);
        Team team = world.team(world.official, song, world.unit, List.of(anu, world.junior()));
        world.enter(world.otherOfficial, cyril, solo);

        List<EventEntries> entries = world.listDistrictEntries.execute(world.official);

        assertThat(entries).extracting(EventEntries::eventId).containsExactly(solo.id(), song.id(), poetry.id());
        assertThat(entries.get(0).entries()).extracting(IndividualEntryRow::memberName).containsExactly("Anu", "Biju");
        assertThat(entries.get(0).entries().get(0).chestNumber()).contains(ChestNumber.of(1001));
        assertThat(entries.get(0).entries().get(1).seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(entries.get(1).teams()).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(team.code());
            assertThat(row.unitName()).isEqualTo("Ascension");
            assertThat(row.members()).extracting(TeamMemberRow::name).startsWith("Anu");
        });
        assertThat(entries.get(2).entries()).extracting(IndividualEntryRow::memberId).containsExactly(biju);
    }

    @Test
    void the_admin_lists_every_districts_entries_filtered_and_paged() {
        world.enter(world.official, anu, solo);
        world.enter(world.official, biju, solo);
        world.enter(world.otherOfficial, cyril, solo);
        world.enter(world.official, anu, poetry);

        Page<IndividualEntryRow> all = world.listAllEntries.execute(null, null, new PageRequest(0, 2), world.admin);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(IndividualEntryRow::memberName).containsExactly("Cyril", "Anu");

        IndividualEntryFilter seniorsOfKottayam = new IndividualEntryFilter(world.district, null, solo.id(),
                Seniority.SENIOR);
        assertThat(world.listAllEntries.execute(null, seniorsOfKottayam, new PageRequest(0, 50), world.admin)
                .items()).extracting(IndividualEntryRow::memberId).containsExactly(biju);
        IndividualEntryFilter ofUnit = new IndividualEntryFilter(null, world.unit, null, null);
        assertThat(world.listAllEntries.execute(null, ofUnit, new PageRequest(0, 50), world.admin).total())
                .isEqualTo(2);
    }

    @Test
    void the_admin_lists_teams_filtered_and_paged() {
        world.team(world.official, song, world.unit, List.of(anu, world.junior()));
        world.team(world.otherOfficial, song, world.otherDistrictUnit,
                List.of(cyril, world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB)));

        Page<TeamRow> teams = world.listAllTeams.execute(null, TeamFilter.all(), new PageRequest(0, 50), world.admin);
        Page<TeamRow> kollam = world.listAllTeams.execute(null, new TeamFilter(world.otherDistrict, null, null),
                new PageRequest(0, 50), world.admin);

        assertThat(teams.items()).extracting(row -> row.code().toString()).containsExactly("GS-1", "GS-2");
        assertThat(kollam.items()).extracting(TeamRow::districtName).containsExactly("Kollam");
    }

    @Test
    void officials_use_their_own_list_and_the_admin_the_full_one() {
        assertForbidden(() -> world.listAllEntries.execute(null, null, new PageRequest(0, 50), world.official));
        assertForbidden(() -> world.listAllTeams.execute(null, null, new PageRequest(0, 50), world.official));
        assertForbidden(() -> world.listDistrictEntries.execute(world.admin));
        assertThat(world.listDistrictEntries.execute(world.official)).isEmpty();
    }
}
