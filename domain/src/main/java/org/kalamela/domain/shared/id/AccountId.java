package org.kalamela.domain.shared.id;

/** Identifies a account. Typed so that a account's id cannot be passed where another kind of id is expected. */
public record AccountId(long value) {
    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("account ids are positive: " + value);
        }
    }

    public static AccountId of(long value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
