package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.festival.JudgingFixtures;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.GradeThreshold;
import org.kalamela.domain.festival.edition.MarkAggregation;
import org.junit.jupiter.api.Test;

class GradeScaleTest {

    private final GradeScale scale = new GradeScale(FestivalRules.defaults2026());

    @ParameterizedTest
    @CsvSource({
            "0, , 0", "39.99, , 0", "40, C, 1", "40.00, C, 1", "49.99, C, 1", "50, B, 3", "59.99, B, 3",
            "60, A, 5", "60.01, A, 5", "100, A, 5"})
    void the_default_grades_and_their_boundaries(String mark, String grade, int points) {
        Grade result = scale.gradeOf(new BigDecimal(mark));

        assertThat(result.letter()).isEqualTo(java.util.Optional.ofNullable(grade));
        assertThat(result.points()).isEqualTo(points);
    }

    @Test
    void the_thresholds_are_the_editions() {
        FestivalRules d = JudgingFixtures.withJudging(3, MarkAggregation.MEAN, 5);
        FestivalRules stricter = new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(),
                d.maxEntriesPerDistrictPerEvent(), d.maxIndividualEventsPerMember(), d.juniorChestNumbers(),
                d.seniorChestNumbers(), d.maxTeamsPerDistrictPerEvent(), d.individualFee(), d.teamFee(),
                d.conferenceDelegateFee(), d.appealFee(), List.of(GradeThreshold.of("A", 70, 7)), d.rankPoints(),
                30, 2, 3, MarkAggregation.MEAN, 5);
        GradeScale strict = new GradeScale(stricter);

        assertThat(strict.gradeOf(new BigDecimal("69.99"))).isEqualTo(Grade.NONE);
        assertThat(strict.gradeOf(new BigDecimal("70"))).isEqualTo(Grade.of("A", 7));
    }
}
