package org.kalamela.adapters.rest.payment;

import java.util.Optional;
import org.kalamela.adapters.rest.shared.input.EnumParameters;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.Money;

/** Reads the payments' path ids, filters, amounts and the idempotency header. */
public final class PaymentParams {

    private PaymentParams() {
    }

    public static PaymentId paymentPath(long id) {
        if (id <= 0) {
            throw new NotFound("Payment", id);
        }
        return PaymentId.of(id);
    }

    public static ProofId proofPath(long id) {
        if (id <= 0) {
            throw new NotFound("Proof", id);
        }
        return ProofId.of(id);
    }

    /** The {@code Idempotency-Key} header; absent means the request is not to be made idempotent. */
    public static Optional<IdempotencyKey> idempotencyKey(String header) {
        return Optional.ofNullable(header).map(IdempotencyKey::new);
    }

    public static Optional<PaymentStatus> status(String value) {
        return EnumParameters.optional(value, PaymentStatus.class, "status");
    }

    /** An amount in rupees with at most two decimals, more than zero. */
    public static Money amount(String value, String field) {
        Validation errors = new Validation();
        errors.required(value, field).throwIfInvalid();
        try {
            Money amount = Money.of(value.strip());
            if (amount.compareTo(Money.ZERO) <= 0) {
                throw InvalidInput.field(field, "must be more than zero");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, "must be an amount in rupees with at most two decimals, e.g. \"350.00\"");
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field(field, "must be an amount in rupees with at most two decimals, e.g. \"350.00\"");
        }
    }
}
