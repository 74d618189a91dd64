package org.kalamela.domain.shared.value;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount of Indian rupees with two decimal places. Never a double. */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final String CURRENCY = "INR";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("money has at most two decimal places: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(long rupees) {
        return new Money(BigDecimal.valueOf(rupees));
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(long count) {
        return new Money(amount.multiply(BigDecimal.valueOf(count)));
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The decimal string with two places, as the API shows money: {@code "50.00"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
