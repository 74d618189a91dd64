package org.kalamela.domain.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.value.Money;

class ConferenceFeesTest {

    private static Conference withFee(String fee) {
        return new Conference(ConferenceId.of(1), new ConferenceDetails("C", null, Money.of(fee)), true,
                Instant.parse("2026-01-10T10:00:00Z"));
    }

    @Test
    void every_delegate_pays_the_conference_fee() {
        assertThat(ConferenceFees.dues(withFee("300"), 0)).isEqualTo(Money.ZERO);
        assertThat(ConferenceFees.dues(withFee("300"), 1)).isEqualTo(Money.of(300));
        assertThat(ConferenceFees.dues(withFee("300"), 30)).isEqualTo(Money.of(9000));
        assertThat(ConferenceFees.dues(withFee("250.50"), 3)).isEqualTo(Money.of("751.50"));
    }

    @Test
    void a_negative_count_is_a_bug() {
        assertThatThrownBy(() -> ConferenceFees.dues(withFee("300"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void the_dues_grow_by_the_fee_with_each_delegate(@ForAll @IntRange(max = 10_000) int delegates) {
        Conference conference = withFee("300");
        assertThat(ConferenceFees.dues(conference, delegates + 1))
                .isEqualTo(ConferenceFees.dues(conference, delegates).plus(conference.delegateFee()));
    }
}
