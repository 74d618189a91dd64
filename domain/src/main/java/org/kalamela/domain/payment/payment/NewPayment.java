package org.kalamela.domain.payment.payment;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/** A payment about to be created: its scope, the paying district, the amount (more than zero), who and when. */
public record NewPayment(PaymentScope scope, DistrictId district, Money amount, AccountId createdBy,
                         Instant createdAt) {

    public NewPayment {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (amount.compareTo(Money.ZERO) <= 0) {
            throw new IllegalArgumentException("a payment is for more than zero: " + amount);
        }
    }
}
