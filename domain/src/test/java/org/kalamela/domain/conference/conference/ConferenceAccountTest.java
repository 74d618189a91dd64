package org.kalamela.domain.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.value.Money;

class ConferenceAccountTest {

    private static final Conference CONFERENCE = new Conference(ConferenceId.of(1),
            new ConferenceDetails("C", null, Money.of(300)), true, Instant.parse("2026-01-10T10:00:00Z"));

    @Test
    void the_balance_is_the_fee_for_every_delegate_less_what_was_approved() {
        ConferenceAccount account = ConferenceAccount.of(CONFERENCE, 4, Money.of(600));

        assertThat(account.dues()).isEqualTo(Money.of(1200));
        assertThat(account.balance()).isEqualTo(Money.of(600));
        assertThat(account.credit()).isEqualTo(Money.ZERO);
        assertThat(account.paymentFor(Money.of("600.00"))).isEqualTo(Money.of(600));
    }

    @Test
    void a_payment_is_for_exactly_the_balance() {
        assertRefused(() -> ConferenceAccount.of(CONFERENCE, 4, Money.ZERO).paymentFor(Money.of(900)),
                "CONFERENCE_AMOUNT_NOT_BALANCE", "The balance is 1200.00, not 900.00; the delegates changed since it "
                        + "was read");
    }

    @Test
    void nothing_is_paid_without_a_balance() {
        assertRefused(() -> ConferenceAccount.of(CONFERENCE, 0, Money.ZERO).paymentFor(Money.ZERO),
                "CONFERENCE_NOTHING_TO_PAY", "The district's conference balance is zero; there is nothing to pay");
        ConferenceAccount overpaid = ConferenceAccount.of(CONFERENCE, 1, Money.of(600));
        assertThat(overpaid.credit()).isEqualTo(Money.of(300));
        assertThat(overpaid.balance()).isEqualTo(Money.ZERO);
        assertRefused(() -> overpaid.paymentFor(Money.of(300)), "CONFERENCE_NOTHING_TO_PAY",
                "The district has a credit of 300.00; there is nothing to pay");
    }

    @Test
    void negative_figures_are_a_bug() {
        assertThatThrownBy(() -> new ConferenceAccount(-1, Money.ZERO, Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConferenceAccount(0, Money.ZERO, Money.of("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void balance_and_credit_never_both_and_add_up(@ForAll @IntRange(max = 100) int delegates,
                                                   @ForAll @IntRange(max = 100) int paidFees) {
        ConferenceAccount account = ConferenceAccount.of(CONFERENCE, delegates, Money.of(300).times(paidFees));
        assertThat(account.balance().compareTo(Money.ZERO) == 0 || account.credit().compareTo(Money.ZERO) == 0)
                .isTrue();
        assertThat(account.paid().plus(account.balance()).minus(account.credit())).isEqualTo(account.dues());
    }
}
