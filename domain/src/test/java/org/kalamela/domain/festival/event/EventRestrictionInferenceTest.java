package org.kalamela.domain.festival.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

class EventRestrictionInferenceTest {

    private final EventRestrictionInference inference = new EventRestrictionInference();

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            "Solo Eastern Jr Boys, M, JUNIOR",
            "Solo Western Sr Girls, F, SENIOR",
            "Light music Boys, M, -",
            "LIGHT MUSIC GIRLS, F, -",
            "Essay Junior, -, JUNIOR",
            "Essay (Senior), -, SENIOR",
            "Essay Jr., -, JUNIOR",
            "essay sr, -, SENIOR",
            "Guitar, -, -",
            "Srishti, -, -",
            "Boysenberry Juniors, -, -",
            "Girlsong Srs, -, -",
            "Duet Boys and Girls, -, -",
            "Quiz Jr Sr Boys, M, -"})
    void infers_restrictions_from_whole_words_of_the_name(String name, Gender gender, Seniority seniority) {
        assertThat(inference.infer(name))
                .isEqualTo(new EventRestrictions(Optional.ofNullable(gender), Optional.ofNullable(seniority)));
    }

    @Test
    void the_names_of_the_real_events_give_the_restrictions_recorded_for_them() {
        for (KalamelaEventsCsv.Row row : KalamelaEventsCsv.rows()) {
            assertThat(inference.infer(row.name())).as(row.name())
                    .isEqualTo(new EventRestrictions(row.gender(), row.seniority()));
        }
    }

    @Test
    void no_restriction_is_none() {
        assertThat(inference.infer("Guitar")).isEqualTo(EventRestrictions.none());
    }
}
