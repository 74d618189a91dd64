package org.kalamela.domain.identity.account;

import java.time.Duration;
import java.util.Optional;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.ErrorKind;

/**
 * Sign-in or token exchange refused (401). Use cases that raise it still commit what they recorded (the
 * failure count, a revoked token family), so it is excluded from rollback where it is thrown.
 */
public class AuthenticationFailed extends DomainException {

    private final Duration retryAfter;

    private AuthenticationFailed(ErrorCode code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    /** Wrong password and unknown account look the same, so nobody can probe which accounts exist. */
    public static AuthenticationFailed invalidCredentials() {
        return new AuthenticationFailed(ErrorCode.INVALID_CREDENTIALS, "The sign-in details are not correct", null);
    }

    public static AuthenticationFailed locked(Duration remaining) {
        return new AuthenticationFailed(ErrorCode.ACCOUNT_LOCKED,
                "Too many failed sign-ins; the account is locked for a while", remaining);
    }

    public static AuthenticationFailed inactive() {
        return new AuthenticationFailed(ErrorCode.ACCOUNT_INACTIVE, "This account has been deactivated", null);
    }

    public static AuthenticationFailed invalidRefreshToken() {
        return new AuthenticationFailed(ErrorCode.INVALID_REFRESH_TOKEN, "The refresh token is not valid", null);
    }

    public static AuthenticationFailed refreshTokenReused() {
        return new AuthenticationFailed(ErrorCode.REFRESH_TOKEN_REUSED,
                "The refresh token was already used; every session of this sign-in has been ended", null);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAUTHENTICATED;
    }
}
