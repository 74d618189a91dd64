package org.kalamela.application.payment.idempotency;

import java.util.Objects;
import org.kalamela.domain.shared.error.InvalidInput;

/** A client's idempotency key: 1 to {@value #MAX_LENGTH} visible ASCII characters, compared exactly. */
public record IdempotencyKey(String value) {

    public static final int MAX_LENGTH = 200;
    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw InvalidInput.field(HEADER, "is 1 to " + MAX_LENGTH + " visible ASCII characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
