package org.kalamela.domain.conference.conference;

import java.util.Objects;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.value.Money;

/**
 * A district's account for a conference: the dues are the conference's fee for every delegate registered
 * ({@link ConferenceFees}), paid is the sum of its approved payments, and the difference is a balance to pay or,
 * when delegates were removed after a payment was approved, a credit; neither is ever negative.
 */
public record ConferenceAccount(int delegates, Money dues, Money paid) {

    public ConferenceAccount {
        Objects.requireNonNull(dues, "dues");
        Objects.requireNonNull(paid, "paid");
        if (delegates < 0 || dues.isNegative() || paid.isNegative()) {
            throw new IllegalArgumentException("delegates, dues and payments are never negative");
        }
    }

    /** The account of a district with {@code delegates} registered, after {@code paid}. */
    public static ConferenceAccount of(Conference conference, int delegates, Money paid) {
        return new ConferenceAccount(delegates, ConferenceFees.dues(conference, delegates), paid);
    }

    /** What is still to pay: dues minus paid, or zero when the payments cover the dues. */
    public Money balance() {
        Money difference = dues.minus(paid);
        return difference.isNegative() ? Money.ZERO : difference;
    }

    /** What was paid beyond the dues (delegates removed after approval); zero otherwise. */
    public Money credit() {
        Money difference = paid.minus(dues);
        return difference.isNegative() ? Money.ZERO : difference;
    }

    /**
     * The amount of a new payment: the balance, which the official states as they saw it, so a payment is never
     * made for delegates that changed in between.
     *
     * @throws RuleViolation {@code CONFERENCE_NOTHING_TO_PAY} when the balance is zero (or a credit);
     *         {@code CONFERENCE_AMOUNT_NOT_BALANCE} when {@code stated} is not the balance
     */
    public Money paymentFor(Money stated) {
        Objects.requireNonNull(stated, "stated");
        Money balance = balance();
        if (balance.compareTo(Money.ZERO) == 0) {
            throw new RuleViolation(ErrorCode.CONFERENCE_NOTHING_TO_PAY, credit().compareTo(Money.ZERO) > 0
                    ? "The district has a credit of " + credit() + "; there is nothing to pay"
                    : "The district's conference balance is zero; there is nothing to pay");
        }
        if (stated.compareTo(balance) != 0) {
            throw new RuleViolation(ErrorCode.CONFERENCE_AMOUNT_NOT_BALANCE, "The balance is " + balance + ", not "
                    + stated + "; the delegates changed since it was read");
        }
        return balance;
    }
}
