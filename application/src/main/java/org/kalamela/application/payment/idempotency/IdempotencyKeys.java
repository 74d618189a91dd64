package org.kalamela.application.payment.idempotency;

import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/** Outbound port: the remembered first requests, per account and key. */
public interface IdempotencyKeys {

    /** Makes every other transaction using the account's key wait until the current one ends. */
    void lock(AccountId account, IdempotencyKey key);

    Optional<RememberedRequest> find(AccountId account, IdempotencyKey key);

    /** Remembers the first request made with the key, in the current transaction. */
    void remember(RememberedRequest request);
}
