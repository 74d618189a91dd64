package org.kalamela.domain.festival.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AppealFeePolicyTest {

    @Test
    void a_submitted_appeal_not_paid_yet_may_have_its_fee_payment_opened() {
        assertThatCode(() -> AppealFeePolicy.checkMayOpen(AppealStatus.SUBMITTED, false)).doesNotThrowAnyException();
    }

    @Test
    void a_paid_fee_is_not_paid_twice() {
        assertViolation(() -> AppealFeePolicy.checkMayOpen(AppealStatus.SUBMITTED, true), "APPEAL_FEE_PAID");
    }

    @ParameterizedTest
    @EnumSource(value = AppealStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void once_the_fee_is_confirmed_or_the_appeal_decided_no_payment_opens(AppealStatus status) {
        assertViolation(() -> AppealFeePolicy.checkMayOpen(status, false), "ILLEGAL_APPEAL_TRANSITION");
    }

    @Test
    void the_fee_is_confirmed_only_on_an_opened_payment() {
        assertThatCode(() -> AppealFeePolicy.checkPaymentOpened(true)).doesNotThrowAnyException();
        assertViolation(() -> AppealFeePolicy.checkPaymentOpened(false), "ILLEGAL_PAYMENT_TRANSITION");
    }

    @ParameterizedTest
    @EnumSource(value = AppealStatus.class, names = {"ACCEPTED", "REJECTED"}, mode = EnumSource.Mode.EXCLUDE)
    void an_undecided_appeal_has_no_letter(AppealStatus status) {
        assertViolation(() -> AppealTest.in(status).requireDecision(), "APPEAL_NOT_DECIDED");
    }

    @Test
    void a_decided_appeal_gives_its_decision_to_the_letter() {
        assertThat(AppealTest.in(AppealStatus.REJECTED).requireDecision().accepted()).isFalse();
    }
}
