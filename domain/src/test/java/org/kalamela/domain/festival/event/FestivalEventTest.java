package org.kalamela.domain.festival.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

class FestivalEventTest {

    @Test
    void a_group_event_has_a_team_format_and_an_individual_event_has_none() {
        assertInvalidField(() -> event(EventKind.GROUP, "Group Song", Optional.empty()), "teamFormat");
        assertInvalidField(() -> event(EventKind.INDIVIDUAL, "Mimicry", Optional.of(TeamFormat.of(3, 8))),
                "teamFormat");
        FestivalEvent group = event(EventKind.GROUP, "Group Song", Optional.of(TeamFormat.of(3, 8)));
        assertThat(group.isGroup()).isTrue();
        assertThat(group.requireTeamFormat().teamsPerUnit()).isEqualTo(1);
        FestivalEvent individual = event(EventKind.INDIVIDUAL, "Mimicry", Optional.empty());
        assertThatThrownBy(individual::requireTeamFormat).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_name_is_required_trimmed_and_at_most_100_characters() {
        assertInvalidField(() -> event(EventKind.INDIVIDUAL, "  ", Optional.empty()), "name");
        assertInvalidField(() -> event(EventKind.INDIVIDUAL, "x".repeat(101), Optional.empty()), "name");
        assertThat(event(EventKind.INDIVIDUAL, "x".repeat(100), Optional.empty()).name()).hasSize(100);
        assertThat(event(EventKind.INDIVIDUAL, " Mimicry ", Optional.empty()).name()).isEqualTo("Mimicry");
    }

    @Test
    void kind_category_and_short_code_are_required() {
        assertInvalidField(() -> new FestivalEvent(EventId.of(1), YEAR, "Mimicry", null, EventCategory.MUSIC,
                null, null, true, true, new ShortCode("M"), null), "kind");
        assertInvalidField(() -> new FestivalEvent(EventId.of(1), YEAR, "Mimicry", EventKind.INDIVIDUAL, null,
                null, null, true, true, null, null), "shortCode");
    }

    @Test
    void missing_restrictions_mean_open_to_all() {
        FestivalEvent open = new FestivalEvent(EventId.of(1), YEAR, "Guitar", EventKind.INDIVIDUAL,
                EventCategory.MUSIC, null, null, false, true, new ShortCode("G"), null);
        assertThat(open.admits(Gender.M)).isTrue();
        assertThat(open.admits(Gender.F)).isTrue();
        assertThat(open.admits(Seniority.JUNIOR)).isTrue();
        assertThat(open.admits(Seniority.SENIOR)).isTrue();
        FestivalEvent juniorBoys = FestivalFixtures.individualEvent(2, "Solo Eastern Jr Boys", Gender.M,
                Seniority.JUNIOR);
        assertThat(juniorBoys.admits(Gender.F)).isFalse();
        assertThat(juniorBoys.admits(Seniority.SENIOR)).isFalse();
        assertThat(juniorBoys.withShortCode(new ShortCode("SEJB")).shortCode().value()).isEqualTo("SEJB");
    }

    @Test
    void team_formats_are_ordered_and_positive() {
        assertInvalidField(() -> TeamFormat.of(0, 3), "minTeamSize");
        assertInvalidField(() -> TeamFormat.of(5, 4), "maxTeamSize");
        assertInvalidField(() -> new TeamFormat(3, 8, 0), "teamsPerUnit");
        TeamFormat quartet = TeamFormat.of(4, 4);
        assertThat(quartet.allowsSize(3)).isFalse();
        assertThat(quartet.allowsSize(4)).isTrue();
        assertThat(quartet.allowsSize(5)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"FINE ARTS, FINE_ARTS", "Fine Arts, FINE_ARTS", "fine_arts, FINE_ARTS", "MUSIC, MUSIC",
            "STAGE EVENTS, STAGE_EVENTS", "Literary  Events, LITERARY_EVENTS"})
    void categories_read_the_spellings_of_the_events_file(String text, EventCategory expected) {
        assertThat(EventCategory.parse(text)).isEqualTo(expected);
        assertThat(EventCategory.parse(expected.displayName())).isEqualTo(expected);
    }

    @Test
    void an_unknown_category_is_invalid_input() {
        assertInvalidField(() -> EventCategory.parse("DANCE"), "category");
        assertInvalidField(() -> EventCategory.parse(null), "category");
    }

    @ParameterizedTest
    @CsvSource({"M, M", "F, F", " f , F"})
    void gender_is_one_vocabulary_m_or_f(String text, Gender expected) {
        assertThat(Gender.parse(text)).isEqualTo(expected);
        assertThat(Gender.parseLegacySpelling(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Male, M", "male, M", "Female, F", " FEMALE , F"})
    void the_old_files_spelling_is_read_by_the_legacy_importer_only(String text, Gender expected) {
        assertThat(Gender.parseLegacySpelling(text)).isEqualTo(expected);
        assertInvalidField(() -> Gender.parse(text), "gender");
    }

    @Test
    void an_unknown_gender_is_invalid_input() {
        assertInvalidField(() -> Gender.parse("X"), "gender");
        assertInvalidField(() -> Gender.parseLegacySpelling("X"), "gender");
    }

    @Test
    void event_ids_are_positive() {
        assertThat(EventId.of(7).toString()).isEqualTo("7");
        assertThatThrownBy(() -> EventId.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FestivalEvent event(EventKind kind, String name, Optional<TeamFormat> format) {
        return new FestivalEvent(EventId.of(1), YEAR, name, kind, EventCategory.MUSIC, Optional.empty(),
                Optional.empty(), true, true, new ShortCode("X"), format);
    }
}
