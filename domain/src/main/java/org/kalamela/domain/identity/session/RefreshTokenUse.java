package org.kalamela.domain.identity.session;

/** What presenting a refresh token amounts to. */
public enum RefreshTokenUse {
    /** Unused, unexpired, of an open session: it may be exchanged once. */
    VALID,
    /** Past its expiry. */
    EXPIRED,
    /** Already exchanged while its session is open: a sign of theft, so the session is ended. */
    REUSED,
    /** Its session was already ended because of a reuse: still refused as a reuse, but nothing new happened. */
    ENDED_BY_REUSE,
    /** Its session ended normally (sign-out, password reset or change, deactivation): simply not valid. */
    SESSION_ENDED
}
