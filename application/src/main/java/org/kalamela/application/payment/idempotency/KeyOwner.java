package org.kalamela.application.payment.idempotency;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Whose idempotency keys a key is among: a signed-in account's, or the public's (an appeal filed without an
 * account). Public keys are one space for everybody; the request's fingerprint keeps one caller's key from
 * answering another caller's different request.
 */
public record KeyOwner(Optional<AccountId> account) {

    public static final KeyOwner PUBLIC = new KeyOwner(Optional.empty());

    public KeyOwner {
        Objects.requireNonNull(account, "account");
    }

    public static KeyOwner of(AccountId account) {
        return new KeyOwner(Optional.of(account));
    }

    @Override
    public String toString() {
        return account.map(id -> "account/" + id).orElse("public");
    }
}
