package org.kalamela.domain.festival.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kalamela.domain.festival.FestivalFixtures;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.value.Money;

class FeeScheduleTest {

    private final FeeSchedule fees = new FeeSchedule(FestivalRules.defaults2026());

    @ParameterizedTest(name = "{0} entries and {1} teams owe {2}")
    @CsvSource({"0, 0, 0.00", "1, 0, 50.00", "0, 1, 100.00", "3, 2, 350.00", "72, 18, 5400.00"})
    void dues_are_50_per_individual_entry_and_100_per_team(long entries, long teams, String dues) {
        assertThat(fees.duesFor(entries, teams)).isEqualTo(Money.of(dues));
        assertThat(fees.duesFor(entries, teams).toString()).isEqualTo(dues);
    }

    @Test
    void rates_come_from_the_edition_rules() {
        FeeSchedule other = new FeeSchedule(FestivalFixtures.withFees(Money.of("60.50"), Money.of(150)));
        assertThat(other.duesFor(2, 1)).isEqualTo(Money.of("271.00"));
    }

    @Test
    void counts_are_never_negative() {
        assertThatThrownBy(() -> fees.duesFor(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fees.duesFor(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
