package org.kalamela.domain.payment.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

class PaymentTest {

    private static final AccountId OFFICIAL = AccountId.of(7);
    private static final AccountId ADMIN = AccountId.of(1);
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final Payment created = Payment.created(PaymentId.of(5), new NewPayment(PaymentScope.kalamelaFees(2026),
            DistrictId.of(3), Money.of("350.00"), OFFICIAL, T0));

    @Test
    void a_new_payment_awaits_its_proof_and_its_history_starts_with_the_creation() {
        assertThat(created.status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
        assertThat(created.history()).containsExactly(
                new PaymentTransition(null, PaymentStatus.AWAITING_PROOF, OFFICIAL, T0, null));
        assertThat(created.creation()).isEqualTo(created.lastTransition());
    }

    @Test
    void each_move_is_recorded_with_actor_time_and_reason() {
        Payment rejected = created.proofSubmitted(OFFICIAL, T0.plusSeconds(60))
                .rejected(ADMIN, "  The amount on the slip is 300  ", T0.plusSeconds(120));
        Payment approved = rejected.proofSubmitted(OFFICIAL, T0.plusSeconds(180)).approved(ADMIN, T0.plusSeconds(240));

        assertThat(approved.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(approved.history()).containsExactly(
                new PaymentTransition(null, PaymentStatus.AWAITING_PROOF, OFFICIAL, T0, null),
                new PaymentTransition(PaymentStatus.AWAITING_PROOF, PaymentStatus.PROOF_SUBMITTED, OFFICIAL,
                        T0.plusSeconds(60), null),
                new PaymentTransition(PaymentStatus.PROOF_SUBMITTED, PaymentStatus.REJECTED, ADMIN,
                        T0.plusSeconds(120), "The amount on the slip is 300"),
                new PaymentTransition(PaymentStatus.REJECTED, PaymentStatus.PROOF_SUBMITTED, OFFICIAL,
                        T0.plusSeconds(180), null),
                new PaymentTransition(PaymentStatus.PROOF_SUBMITTED, PaymentStatus.APPROVED, ADMIN,
                        T0.plusSeconds(240), null));
        assertThat(approved.amount()).isEqualTo(Money.of("350.00"));
        assertThat(created.history()).hasSize(1);
    }

    @Test
    void a_refused_move_changes_nothing() {
        assertThatThrownBy(() -> created.approved(ADMIN, T0)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("ILLEGAL_PAYMENT_TRANSITION"));
        assertThatThrownBy(() -> created.rejected(ADMIN, "no", T0)).isInstanceOf(RuleViolation.class);
        Payment approved = created.proofSubmitted(OFFICIAL, T0).approved(ADMIN, T0);
        assertThatThrownBy(() -> approved.proofSubmitted(OFFICIAL, T0)).isInstanceOf(RuleViolation.class);
        assertThat(created.status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_rejection_needs_a_reason(String reason) {
        Payment submitted = created.proofSubmitted(OFFICIAL, T0);
        assertThatThrownBy(() -> submitted.rejected(ADMIN, reason, T0)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> submitted.rejected(ADMIN, null, T0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_reason_is_at_most_1000_characters() {
        Payment submitted = created.proofSubmitted(OFFICIAL, T0);
        assertThat(submitted.rejected(ADMIN, "r".repeat(1000), T0).lastTransition().reason()).hasSize(1000);
        assertThatThrownBy(() -> submitted.rejected(ADMIN, "r".repeat(1001), T0)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void the_status_is_where_the_history_ends() {
        assertThatThrownBy(() -> new Payment(PaymentId.of(1), created.scope(), created.district(), created.amount(),
                PaymentStatus.APPROVED, created.history())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Payment(PaymentId.of(1), created.scope(), created.district(), created.amount(),
                PaymentStatus.AWAITING_PROOF, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_payment_is_for_more_than_zero() {
        assertThatThrownBy(() -> new NewPayment(PaymentScope.kalamelaFees(2026), DistrictId.of(3), Money.ZERO,
                OFFICIAL, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewPayment(PaymentScope.kalamelaFees(2026), DistrictId.of(3), Money.of("0.01"), OFFICIAL, T0)
                .amount()).isEqualTo(Money.of("0.01"));
    }

    @Test
    void only_a_rejection_carries_a_reason() {
        assertThatThrownBy(() -> new PaymentTransition(PaymentStatus.PROOF_SUBMITTED, PaymentStatus.APPROVED, ADMIN,
                T0, "why")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PaymentTransition(PaymentStatus.PROOF_SUBMITTED, PaymentStatus.REJECTED, ADMIN,
                T0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_district_has_at_most_one_open_payment_per_scope() {
        OpenPaymentPolicy.requireNoneOpen(Optional.empty());
        assertThatThrownBy(() -> OpenPaymentPolicy.requireNoneOpen(Optional.of(created)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("PAYMENT_ALREADY_OPEN"));
    }

    @Test
    void a_scope_names_a_positive_reference() {
        assertThat(PaymentScope.kalamelaFees(2026)).isEqualTo(new PaymentScope(PaymentPurpose.KALAMELA_FEES, 2026));
        assertThatThrownBy(() -> new PaymentScope(PaymentPurpose.KALAMELA_FEES, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
