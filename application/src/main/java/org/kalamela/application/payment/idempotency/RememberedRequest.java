package org.kalamela.application.payment.idempotency;

import java.time.Instant;
import java.util.Objects;

/** The first request made with a key: its fingerprint and the id of what it created. */
public record RememberedRequest(KeyOwner owner, IdempotencyKey key, RequestFingerprint fingerprint,
                                long resourceId, Instant at) {

    public RememberedRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(at, "at");
    }
}
