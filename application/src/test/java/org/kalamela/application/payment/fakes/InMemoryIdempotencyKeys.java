package org.kalamela.application.payment.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotencyKeys;
import org.kalamela.application.payment.idempotency.RememberedRequest;
import org.kalamela.application.payment.idempotency.KeyOwner;

/** Remembered requests in memory, one per owner and key like the table's primary key. */
public class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, RememberedRequest> requests = new HashMap<>();
    private int locks;

    @Override
    public synchronized void lock(KeyOwner owner, IdempotencyKey key) {
        locks++;
    }

    @Override
    public synchronized Optional<RememberedRequest> find(KeyOwner owner, IdempotencyKey key) {
        return Optional.ofNullable(requests.get(owner + "/" + key));
    }

    @Override
    public synchronized void remember(RememberedRequest request) {
        if (requests.putIfAbsent(request.owner() + "/" + request.key(), request) != null) {
            throw new IllegalStateException("idempotency_keys_pkey: " + request.key());
        }
    }

    public synchronized int locksTaken() {
        return locks;
    }
}
