package org.kalamela.domain.identity.lockout;

import java.util.Locale;
import java.util.Objects;
import org.kalamela.domain.identity.account.LoginName;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Whose failed sign-ins a count belongs to. A known account is counted by its id, however it was typed
 * (username, email or phone). A login that matches no account is counted too, so that it is locked after the
 * same failures as a real one and the lock reveals nothing; it is kept only as the SHA-256 of the normalized
 * login, so text typed into the login field (a password, perhaps) is never stored.
 */
public record LoginKey(String value) {

    private static final String ACCOUNT = "account:";
    private static final String UNKNOWN = "unknown:";

    public LoginKey {
        Objects.requireNonNull(value, "value");
        if (!value.matches("account:[1-9][0-9]{0,18}|unknown:[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a login key: " + value);
        }
    }

    public static LoginKey forAccount(AccountId id) {
        return new LoginKey(ACCOUNT + id.value());
    }

    /** The key of a login that matches no account: typed variants of one login (case, phone format) share it. */
    public static LoginKey forUnknownLogin(String typed) {
        String normalized = LoginName.lookupKey(typed).toLowerCase(Locale.ROOT);
        return new LoginKey(UNKNOWN + OpaqueTokens.hash(normalized));
    }

    public boolean isUnknownLogin() {
        return value.startsWith(UNKNOWN);
    }

    @Override
    public String toString() {
        return value;
    }
}
