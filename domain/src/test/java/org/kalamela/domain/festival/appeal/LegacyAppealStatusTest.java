package org.kalamela.domain.festival.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyAppealStatusTest {

    private static Optional<AppealStatus> status(String appeal, String fee, boolean replied) {
        return LegacyAppealStatus.map(appeal, Optional.ofNullable(fee), replied).status();
    }

    private static String refusal(String appeal, String fee, boolean replied) {
        return LegacyAppealStatus.map(appeal, Optional.ofNullable(fee), replied).refusal();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Confirmation Pending, Confirmation Pending, SUBMITTED",
            "Confirmation Pending, null, SUBMITTED",
            "pending, PENDING, SUBMITTED",
            "'  Submitted ', null, SUBMITTED",
            "Confirmation Pending, Paid, FEE_CONFIRMED",
            "Pending, confirmed, FEE_CONFIRMED",
            "'confirmation   pending', Payment Confirmed, FEE_CONFIRMED",
            "Pending, Approved, FEE_CONFIRMED"})
    void aPendingOldAppealIsSubmittedOrHasItsFeeConfirmed(String appeal, String fee, AppealStatus expected) {
        assertThat(status(appeal, fee, false)).contains(expected);
        assertThat(status(appeal, fee, true)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "Approved, Paid, ACCEPTED", "accepted, null, ACCEPTED", "APPROVED, Confirmation Pending, ACCEPTED",
            "Rejected, Paid, REJECTED", "Declined, null, REJECTED"})
    void aDecidedOldAppealWithAReplyIsDecided(String appeal, String fee, AppealStatus expected) {
        assertThat(status(appeal, fee, true)).contains(expected);
    }

    @Test
    void aDecisionWithoutAReplyCannotBeRecorded() {
        assertThat(refusal("Approved", "Paid", false))
                .isEqualTo("the appeal was decided without a reply, which a decision needs");
        assertThat(refusal("Rejected", null, false))
                .isEqualTo("the appeal was decided without a reply, which a decision needs");
    }

    @Test
    void anUnknownStatusOfTheAppealOrOfItsFeeIsRefusedByName() {
        assertThat(refusal("Withdrawn", null, true)).isEqualTo("unknown appeal status 'Withdrawn'");
        assertThat(refusal(null, null, true)).isEqualTo("unknown appeal status ''");
        assertThat(refusal(" ", "Paid", true)).isEqualTo("unknown appeal status ''");
        assertThat(refusal("Confirmation Pending", " Refunded ", true))
                .isEqualTo("unknown appeal fee status 'Refunded'");
        assertThat(refusal("Approved", "Declined", true)).isEqualTo("unknown appeal fee status 'Declined'");
    }

    @Test
    void aMappingGivesAStatusOrAReasonNeverBoth() {
        assertThatThrownBy(() -> new LegacyAppealStatus.Mapping(Optional.of(AppealStatus.SUBMITTED), "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegacyAppealStatus.Mapping(Optional.empty(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
