package org.kalamela.domain.festival.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.value.Money;

class KalamelaAccountTest {

    private final FeeSchedule fees = new FeeSchedule(FestivalRules.defaults2026());

    @Test
    void dues_minus_paid_is_the_balance() {
        KalamelaAccount account = KalamelaAccount.of(fees, new EntryCounts(5, 2), Money.of("150.00"));
        assertThat(account.dues()).isEqualTo(Money.of("450.00"));
        assertThat(account.balance()).isEqualTo(Money.of("300.00"));
        assertThat(account.credit()).isEqualTo(Money.ZERO);
        assertThat(account.paymentFor(Money.of("300.00"))).isEqualTo(Money.of("300.00"));
    }

    @Test
    void an_entry_removed_after_approval_leaves_a_credit_never_a_negative_balance() {
        KalamelaAccount before = KalamelaAccount.of(fees, new EntryCounts(3, 1), Money.ZERO);
        Money approved = before.paymentFor(Money.of("250.00"));
        KalamelaAccount after = KalamelaAccount.of(fees, new EntryCounts(2, 1), approved);

        assertThat(after.dues()).isEqualTo(Money.of("200.00"));
        assertThat(after.balance()).isEqualTo(Money.ZERO);
        assertThat(after.credit()).isEqualTo(Money.of("50.00"));
        assertThatThrownBy(() -> after.paymentFor(Money.ZERO)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.code()).isEqualTo("NOTHING_TO_PAY");
            assertThat(e.getMessage()).contains("credit of 50.00");
        });
    }

    @Test
    void nothing_to_pay_when_the_payments_cover_the_dues_exactly() {
        KalamelaAccount settled = KalamelaAccount.of(fees, new EntryCounts(1, 0), Money.of("50.00"));
        assertThat(settled.balance()).isEqualTo(Money.ZERO);
        assertThat(settled.credit()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> settled.paymentFor(Money.of("50.00"))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("NOTHING_TO_PAY"));
        assertThatThrownBy(() -> KalamelaAccount.of(fees, EntryCounts.NONE, Money.ZERO).paymentFor(Money.ZERO))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void a_stated_amount_other_than_the_balance_is_refused_even_by_a_paisa() {
        KalamelaAccount account = KalamelaAccount.of(fees, new EntryCounts(1, 1), Money.ZERO);
        for (String stated : new String[] {"149.99", "150.01", "100.00", "0.00"}) {
            assertThatThrownBy(() -> account.paymentFor(Money.of(stated))).isInstanceOfSatisfying(
                    RuleViolation.class, e -> assertThat(e.code()).isEqualTo("AMOUNT_NOT_BALANCE"));
        }
        assertThat(account.paymentFor(Money.of("150"))).isEqualTo(Money.of("150.00"));
    }

    @Test
    void dues_and_payments_are_never_negative() {
        assertThatThrownBy(() -> new KalamelaAccount(EntryCounts.NONE, Money.of("-1"), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KalamelaAccount(EntryCounts.NONE, Money.ZERO, Money.of("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryCounts(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Balance and credit are both non-negative, at most one is non-zero, and their difference is dues - paid. */
    @Property(tries = 500)
    void balance_and_credit_split_the_difference_exactly(@ForAll @LongRange(max = 500) long entries,
                                                         @ForAll @LongRange(max = 100) long teams,
                                                         @ForAll("money") Money paid) {
        KalamelaAccount account = KalamelaAccount.of(fees, new EntryCounts(entries, teams), paid);
        assertThat(account.balance().isNegative()).isFalse();
        assertThat(account.credit().isNegative()).isFalse();
        assertThat(account.balance().compareTo(Money.ZERO) == 0 || account.credit().compareTo(Money.ZERO) == 0)
                .isTrue();
        assertThat(account.balance().minus(account.credit())).isEqualTo(account.dues().minus(paid));
        assertThat(account.dues()).isEqualTo(Money.of(50).times(entries).plus(Money.of(100).times(teams)));
    }

    /** Paying the balance, whatever it is, settles the account: nothing more to pay and no credit. */
    @Property(tries = 300)
    void paying_the_balance_settles_the_account(@ForAll @LongRange(max = 500) long entries,
                                                @ForAll @LongRange(max = 100) long teams,
                                                @ForAll("money") Money paid) {
        KalamelaAccount account = KalamelaAccount.of(fees, new EntryCounts(entries, teams), paid);
        if (account.balance().compareTo(Money.ZERO) > 0) {
            Money payment = account.paymentFor(account.balance());
            KalamelaAccount after = KalamelaAccount.of(fees, account.counts(), paid.plus(payment));
            assertThat(after.balance()).isEqualTo(Money.ZERO);
            assertThat(after.credit()).isEqualTo(Money.ZERO);
        }
    }

    @Provide
    Arbitrary<Money> money() {
        return Arbitraries.longs().between(0, 5_000_000).map(paise -> new Money(BigDecimal.valueOf(paise, 2)));
    }
}
