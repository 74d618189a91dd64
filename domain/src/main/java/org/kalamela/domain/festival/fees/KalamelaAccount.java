package org.kalamela.domain.festival.fees;

import java.util.Objects;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.value.Money;

/**
 * A district's Kalamela account in an edition (DOMAIN.md, "Fees and payments"): its dues are the fees of its
 * current entries, paid is the sum of its approved payments, and the difference is either a balance to pay or,
 * when entries were removed after a payment was approved, a credit. Neither is ever negative: the account
 * says which of the two it is instead of showing a negative balance.
 */
public record KalamelaAccount(EntryCounts counts, Money dues, Money paid) {

    public KalamelaAccount {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(dues, "dues");
        Objects.requireNonNull(paid, "paid");
        if (dues.isNegative() || paid.isNegative()) {
            throw new IllegalArgumentException("dues and payments are never negative");
        }
    }

    /** The account of a district with these entries, at the schedule's rates, after {@code paid}. */
    public static KalamelaAccount of(FeeSchedule fees, EntryCounts counts, Money paid) {
        return new KalamelaAccount(counts, fees.duesFor(counts.individualEntries(), counts.teams()), paid);
    }

    /** What is still to pay: dues minus paid, or zero when the payments cover the dues. */
    public Money balance() {
        Money difference = dues.minus(paid);
        return difference.isNegative() ? Money.ZERO : difference;
    }

    /** What was paid beyond the dues (entries removed after approval); zero otherwise. */
    public Money credit() {
        Money difference = paid.minus(dues);
        return difference.isNegative() ? Money.ZERO : difference;
    }

    /**
     * The amount of a new payment: the balance, which the district states as it saw it, so a payment is never
     * made for figures that changed in between.
     *
     * @throws RuleViolation {@code NOTHING_TO_PAY} when the balance is zero (or a credit);
     *         {@code AMOUNT_NOT_BALANCE} when {@code stated} is not the balance
     */
    public Money paymentFor(Money stated) {
        Objects.requireNonNull(stated, "stated");
        Money balance = balance();
        if (balance.compareTo(Money.ZERO) == 0) {
            throw new RuleViolation(ErrorCode.NOTHING_TO_PAY, credit().compareTo(Money.ZERO) > 0
                    ? "The district has a credit of " + credit() + "; there is nothing to pay"
                    : "The district's balance is zero; there is nothing to pay");
        }
        if (stated.compareTo(balance) != 0) {
            throw new RuleViolation(ErrorCode.AMOUNT_NOT_BALANCE, "The balance is " + balance + ", not " + stated
                    + "; the entries changed since the preview");
        }
        return balance;
    }
}
