package org.kalamela.domain.festival.chest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;

class LegacyChestNumberPolicyTest {

    private static final ChestNumberSeries JUNIOR = new ChestNumberSeries(1001, 1999);

    private final LegacyChestNumberPolicy policy = new LegacyChestNumberPolicy();

    @Test
    void aFreeNumberInsideTheSeriesIsKept() {
        assertThat(policy.decide(" 1005 ", JUNIOR, false).keep()).contains(ChestNumber.of(1005));
        assertThat(policy.decide("1001", JUNIOR, false).keep()).contains(ChestNumber.of(1001));
        assertThat(policy.decide("1999", JUNIOR, false).keep()).contains(ChestNumber.of(1999));
    }

    @Test
    void aNumberOfAnotherMemberIsRenumbered() {
        LegacyChestNumberPolicy.Decision decision = policy.decide("1005", JUNIOR, true);
        assertThat(decision.keep()).isEmpty();
        assertThat(decision.renumberReason()).contains("already another member's");
    }

    @Test
    void aNumberOutsideTheSeriesIsRenumbered() {
        assertThat(policy.decide("1000", JUNIOR, false).renumberReason()).contains("outside the series 1001..1999");
        assertThat(policy.decide("2001", JUNIOR, false).renumberReason()).contains("outside");
        assertThat(policy.decide("105", JUNIOR, false).keep()).isEmpty();
    }

    @Test
    void textThatIsNoNumberIsRenumbered() {
        assertThat(policy.decide(null, JUNIOR, false).renumberReason()).isEqualTo("no chest number in the old app");
        assertThat(policy.decide("  ", JUNIOR, false).renumberReason()).isEqualTo("no chest number in the old app");
        assertThat(policy.decide("GS-1", JUNIOR, false).renumberReason()).contains("'GS-1' is not a number");
        assertThat(policy.decide("0", JUNIOR, false).keep()).isEmpty();
        assertThat(policy.decide("-1005", JUNIOR, false).keep()).isEmpty();
        assertThat(policy.decide("12345678901", JUNIOR, false).keep()).isEmpty();
    }

    @Property
    void keptExactlyWhenInsideTheSeriesAndFree(@ForAll @IntRange(min = 1, max = 5000) int number,
                                               @ForAll boolean taken) {
        LegacyChestNumberPolicy.Decision decision = policy.decide(Integer.toString(number), JUNIOR, taken);
        boolean expected = !taken && number >= 1001 && number <= 1999;
        assertThat(decision.keep().isPresent()).isEqualTo(expected);
        assertThat(decision.renumberReason() == null).isEqualTo(expected);
    }
}
