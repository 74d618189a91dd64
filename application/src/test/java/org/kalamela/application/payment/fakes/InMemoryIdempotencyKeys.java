package org.kalamela.application.payment.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotencyKeys;
import org.kalamela.application.payment.idempotency.RememberedRequest;
import org.kalamela.domain.shared.id.AccountId;

/** Remembered requests in memory, one per account and key like the table's primary key. */
public class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, RememberedRequest> requests = new HashMap<>();
    private int locks;

    @Override
    public synchronized void lock(AccountId account, IdempotencyKey key) {
        locks++;
    }

    @Override
    public synchronized Optional<RememberedRequest> find(AccountId account, IdempotencyKey key) {
        return Optional.ofNullable(requests.get(account + "/" + key));
    }

    @Override
    public synchronized void remember(RememberedRequest request) {
        if (requests.putIfAbsent(request.account() + "/" + request.key(), request) != null) {
            throw new IllegalStateException("idempotency_keys_pkey: " + request.key());
        }
    }

    public synchronized int locksTaken() {
        return locks;
    }
}
