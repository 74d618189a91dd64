package org.kalamela.application.payment.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.IdempotencyMismatch;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Runs a creation at most once per account and idempotency key: under the key's lock, a request seen before
 * answers the id it created then (whatever has happened since); a different request with the key is refused;
 * a new one creates and is remembered in the same transaction, so a creation that fails remembers nothing and
 * may be retried. Without a key the creation simply runs.
 */
@ApplicationScoped
public class IdempotentCreation {

    private final IdempotencyKeys keys;
    private final Clock clock;

    @Inject
    public IdempotentCreation(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** What a creation answered: the resource's id and whether it was created by an earlier request. */
    public record Outcome(long resourceId, boolean replayed) {
    }

    /** @throws IdempotencyMismatch {@code IDEMPOTENCY_KEY_REUSED} when the key came with another request */
    public Outcome create(Optional<IdempotencyKey> key, AccountId account, RequestFingerprint fingerprint,
                          LongSupplier creation) {
        return create(key, KeyOwner.of(account), fingerprint, creation);
    }

    /**
     * As {@link #create} for a caller without an account (a public appeal): the key is among the public's keys.
     *
     * @throws IdempotencyMismatch {@code IDEMPOTENCY_KEY_REUSED} when the key came with another request
     */
    public Outcome createPublicly(Optional<IdempotencyKey> key, RequestFingerprint fingerprint, LongSupplier creation) {
        return create(key, KeyOwner.PUBLIC, fingerprint, creation);
    }

    private Outcome create(Optional<IdempotencyKey> key, KeyOwner owner, RequestFingerprint fingerprint,
                           LongSupplier creation) {
        if (key.isEmpty()) {
            return new Outcome(creation.getAsLong(), false);
        }
        keys.lock(owner, key.get());
        Optional<RememberedRequest> seen = keys.find(owner, key.get());
        if (seen.isPresent()) {
            if (!seen.get().fingerprint().equals(fingerprint)) {
                throw new IdempotencyMismatch(ErrorCode.IDEMPOTENCY_KEY_REUSED, "The Idempotency-Key was used "
                        + "before with another request; use a new key for a new request");
            }
            return new Outcome(seen.get().resourceId(), true);
        }
        long created = creation.getAsLong();
        keys.remember(new RememberedRequest(owner, key.get(), fingerprint, created, clock.instant()));
        return new Outcome(created, false);
    }
}
