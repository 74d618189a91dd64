package org.kalamela.application.payment.idempotency;

import java.util.Optional;

/** Outbound port: the remembered first requests, per owner (an account, or the public) and key. */
public interface IdempotencyKeys {

    /** Makes every other transaction using the owner's key wait until the current one ends. */
    void lock(KeyOwner owner, IdempotencyKey key);

    Optional<RememberedRequest> find(KeyOwner owner, IdempotencyKey key);

    /** Remembers the first request made with the key, in the current transaction. */
    void remember(RememberedRequest request);
}
