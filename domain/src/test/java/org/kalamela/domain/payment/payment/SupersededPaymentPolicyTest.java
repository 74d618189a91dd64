package org.kalamela.domain.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

class SupersededPaymentPolicyTest {

    private static final AccountId OFFICIAL = AccountId.of(7);
    private static final AccountId ADMIN = AccountId.of(1);
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private static final PaymentId NEWER = PaymentId.of(9);

    /** A payment of id 5 brought to {@code status} along the workflow's moves. */
    private static Payment paymentIn(PaymentStatus status) {
        Payment created = Payment.created(PaymentId.of(5), new NewPayment(PaymentScope.conferenceFees(2),
                DistrictId.of(3), Money.of("300.00"), OFFICIAL, T0));
        return switch (status) {
            case AWAITING_PROOF -> created;
            case PROOF_SUBMITTED -> created.proofSubmitted(OFFICIAL, T0);
            case APPROVED -> created.proofSubmitted(OFFICIAL, T0).approved(ADMIN, T0);
            case REJECTED -> created.proofSubmitted(OFFICIAL, T0).rejected(ADMIN, "unreadable", T0);
        };
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void the_latest_payment_of_its_scope_is_never_superseded(PaymentStatus status) {
        Payment payment = paymentIn(status);

        assertThat(SupersededPaymentPolicy.isSuperseded(payment, payment.id())).isFalse();
        assertThatCode(() -> SupersededPaymentPolicy.requireNotSuperseded(payment, payment.id()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = "REJECTED", mode = EnumSource.Mode.EXCLUDE)
    void only_a_rejected_payment_is_superseded_by_a_newer_one(PaymentStatus status) {
        // An open payment cannot have a newer one (OpenPaymentPolicy); an approved one takes no proof anyway
        // (PaymentWorkflow): neither is this rule's business.
        assertThat(SupersededPaymentPolicy.isSuperseded(paymentIn(status), NEWER)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = PaymentStatus.class, names = "REJECTED")
    void a_rejected_payment_with_a_newer_one_takes_no_proof(PaymentStatus status) {
        Payment rejected = paymentIn(status);

        assertThatThrownBy(() -> SupersededPaymentPolicy.requireNotSuperseded(rejected, NEWER))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("PAYMENT_SUPERSEDED"))
                .hasMessageContaining("5").hasMessageContaining("9");
    }

    @Property
    void superseded_exactly_when_rejected_and_not_the_latest(@ForAll("statuses") PaymentStatus status,
                                                             @ForAll("ids") long latest) {
        Payment payment = paymentIn(status);
        boolean expected = status == PaymentStatus.REJECTED && latest != 5;

        assertThat(SupersededPaymentPolicy.isSuperseded(payment, PaymentId.of(latest))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<PaymentStatus> statuses() {
        return Arbitraries.of(PaymentStatus.class);
    }

    @Provide
    Arbitrary<Long> ids() {
        return Arbitraries.longs().between(1, 20);
    }
}
