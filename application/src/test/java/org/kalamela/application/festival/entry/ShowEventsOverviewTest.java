package org.kalamela.application.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.event.CreateEvent;
import org.kalamela.application.festival.event.EditEvent;
import org.kalamela.application.festival.event.EventForm;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.value.Gender;

class ShowEventsOverviewTest {

    private final FestivalWorld world = new FestivalWorld();

    private EventOverview overviewOf(EventsOverview overview, FestivalEvent event) {
        return overview.categories().stream().flatMap(category -> category.events().stream())
                .filter(row -> row.event().id().equals(event.id())).findFirst().orElseThrow();
    }

    @Test
    void each_active_event_shows_the_districts_entries_and_places_left() {
        FestivalEvent solo = world.individualEvent("Solo");
        FestivalEvent essay = world.individualEvent("Essay Jr", null, Seniority.JUNIOR);
        FestivalEvent song = world.groupEvent("Group Song", 2, 4, 1);
        world.enter(world.official, world.junior(), solo);
        world.enter(world.official, world.junior(), solo);
        world.enter(world.official, world.senior(), solo);
        world.enter(world.official, world.junior(), essay);
        world.team(world.official, song, world.unit, world.juniors(world.unit, 2));
        world.enter(world.otherOfficial, world.member(world.otherDistrictUnit, Gender.M, JUNIOR_DOB), essay);

        EventsOverview overview = world.showEventsOverview.execute(world.official);

        assertThat(overview.edition()).isEqualTo(YEAR);
        assertThat(overview.registrationOpen()).isTrue();
        assertThat(overviewOf(overview, solo).seniorities()).containsExactly(
                new SeniorityTally(Seniority.JUNIOR, 2, 0), new SeniorityTally(Seniority.SENIOR, 1, 1));
        assertThat(overviewOf(overview, essay).seniorities()).containsExactly(
                new SeniorityTally(Seniority.JUNIOR, 1, 1));
        assertThat(overviewOf(overview, song).seniorities()).isEmpty();
        assertThat(overviewOf(overview, song).teams()).contains(new TeamTally(1, 1));
        assertThat(overviewOf(overview, solo).teams()).isEmpty();
    }

    @Test
    void events_are_grouped_by_category_and_inactive_ones_left_out() {
        FestivalEvent solo = world.individualEvent("Solo");
        FestivalEvent essay = world.createEvent.execute(new CreateEvent.Command(YEAR, new EventForm("Essay",
                EventKind.INDIVIDUAL, EventCategory.LITERARY_EVENTS, null, null, false, true, null, null, null, null)),
                world.admin);
        FestivalEvent karoke = world.individualEvent("Karoke");
        world.editEvent.execute(new EditEvent.Command(karoke.id(), new EventForm("Karoke", EventKind.INDIVIDUAL,
                EventCategory.MUSIC, null, null, false, false, null, null, null, null)), world.admin);

        EventsOverview overview = world.showEventsOverview.execute(world.official);

        assertThat(overview.categories()).extracting(CategoryOverview::category)
                .containsExactly(EventCategory.MUSIC, EventCategory.LITERARY_EVENTS);
        assertThat(overview.categories().get(0).events()).extracting(row -> row.event().id())
                .containsExactly(solo.id());
        assertThat(overview.categories().get(1).events()).extracting(row -> row.event().id())
                .containsExactly(essay.id());
    }

    @Test
    void after_closing_the_overview_says_so_and_only_officials_see_it() {
        world.closeRegistration();

        assertThat(world.showEventsOverview.execute(world.official).registrationOpen()).isFalse();
        assertThat(world.showEventsOverview.execute(world.official).categories()).isEmpty();
        assertForbidden(() -> world.showEventsOverview.execute(world.admin));
    }
}
