package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;

class LegacyResultPolicyTest {

    private static final EventId EVENT = EventId.of(7);
    private static final EditionYear YEAR = EditionYear.of(2019);

    @Test
    void aMarkIsKeptFrom0To100WithAtMostTwoDecimals() {
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("0"))).isEmpty();
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("0.00"))).isEmpty();
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("78.50"))).isEmpty();
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("100.00"))).isEmpty();
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("99.990"))).isEmpty();
    }

    @Test
    void aMissingNegativeOverHundredOrTooFineMarkIsRefusedWithTheValue() {
        assertThat(LegacyResultPolicy.markRefusal(null)).contains("the score card has no mark");
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("-0.01")))
                .contains("mark -0.01 is not between 0 and 100");
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("100.01")))
                .contains("mark 100.01 is not between 0 and 100");
        assertThat(LegacyResultPolicy.markRefusal(new BigDecimal("55.555")))
                .contains("mark 55.555 has more than two decimals");
    }

    @Property
    void everyMarkInHundredthsFrom0To100IsKept(@ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
        assertThat(LegacyResultPolicy.markRefusal(BigDecimal.valueOf(hundredths, 2))).isEmpty();
    }

    @Test
    void anEventWithNothingOfItsJudgingTakesItsOldMarks() {
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.empty(), false, false, 0, 1)).isEmpty();
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.empty(), false, false, 1, 1)).isEmpty();
    }

    @Test
    void noEventOfAnEditionWhoseRegistrationIsOpenTakesOldMarks() {
        assertThat(LegacyResultPolicy.eventRefusal(false, Optional.empty(), false, false, 0, 1))
                .contains("the edition's registration has not closed: an order of appearance is drawn only"
                        + " after that");
    }

    @Test
    void anEventWithAResultMarksADrawOrAPanelOfItsOwnKeepsThem() {
        EventResult scoring = EventResult.scoring(EVENT, YEAR);
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.of(scoring), false, false, 0, 1))
                .contains("the event already has a result (SCORING) in the edition");
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.of(scoring.tabulate(Instant.EPOCH)), false, false,
                0, 1))
                .contains("the event already has a result (TABULATED) in the edition");
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.empty(), true, true, 1, 1))
                .contains("the event already has marks in the edition");
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.empty(), false, true, 0, 1))
                .contains("the event's order of appearance is already drawn in the edition");
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.empty(), false, false, 2, 1))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("the event is marked on 1 criteria by 2"));
        assertThat(LegacyResultPolicy.eventRefusal(true, Optional.empty(), false, false, 0, 3))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("the event is marked on 3 criteria by 0"));
    }

    @Test
    void theSeedIsTheSha256OfTheEditionAndTheEvent() {
        // printf 'kalamela-legacy-import/2019/7' | sha256sum
        assertThat(LegacyResultPolicy.seedFor(YEAR, EVENT).hex())
                .isEqualTo("4040fd5010f708d2461ed1fe79f80f67c8cea401224f1f1efdf008161e3c5354");
        assertThat(LegacyResultPolicy.seedFor(YEAR, EVENT)).isEqualTo(LegacyResultPolicy.seedFor(YEAR, EVENT));
        assertThat(LegacyResultPolicy.seedFor(YEAR, EventId.of(8)))
                .isNotEqualTo(LegacyResultPolicy.seedFor(YEAR, EVENT));
        assertThat(LegacyResultPolicy.seedFor(EditionYear.of(2020), EVENT))
                .isNotEqualTo(LegacyResultPolicy.seedFor(YEAR, EVENT));
    }
}
