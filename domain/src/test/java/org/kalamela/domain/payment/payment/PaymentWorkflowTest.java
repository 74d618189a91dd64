package org.kalamela.domain.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kalamela.domain.shared.error.RuleViolation;

class PaymentWorkflowTest {

    /** Every allowed move; every other (status, step) pair must be refused. */
    private static final Map<String, PaymentStatus> ALLOWED = Map.of(
            "AWAITING_PROOF SUBMIT_PROOF", PaymentStatus.PROOF_SUBMITTED,
            "REJECTED SUBMIT_PROOF", PaymentStatus.PROOF_SUBMITTED,
            "PROOF_SUBMITTED APPROVE", PaymentStatus.APPROVED,
            "PROOF_SUBMITTED REJECT", PaymentStatus.REJECTED);

    static Stream<Arguments> everyStatusAndStep() {
        return Stream.of(PaymentStatus.values())
                .flatMap(status -> Stream.of(PaymentStep.values()).map(step -> Arguments.of(status, step)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndStep")
    void moves_only_along_the_allowed_transitions(PaymentStatus from, PaymentStep step) {
        PaymentStatus expected = ALLOWED.get(from + " " + step);
        assertThat(PaymentWorkflow.allows(from, step)).isEqualTo(expected != null);
        if (expected != null) {
            assertThat(PaymentWorkflow.next(from, step)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> PaymentWorkflow.next(from, step))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.code()).isEqualTo("ILLEGAL_PAYMENT_TRANSITION"));
        }
    }

    @Test
    void nothing_leaves_approved() {
        assertThat(PaymentStep.values()).noneMatch(step -> PaymentWorkflow.allows(PaymentStatus.APPROVED, step));
    }

    @Test
    void only_payments_awaiting_proof_or_review_are_open() {
        assertThat(Stream.of(PaymentStatus.values()).filter(PaymentStatus::isOpen))
                .containsExactly(PaymentStatus.AWAITING_PROOF, PaymentStatus.PROOF_SUBMITTED);
    }
}
