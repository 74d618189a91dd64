package org.kalamela.domain.identity;

/** What presenting a refresh token amounts to. */
public enum RefreshTokenUse {
    /** Unused, unrevoked and unexpired: it may be exchanged once. */
    VALID,
    /** Past its expiry. */
    EXPIRED,
    /** Already exchanged or revoked: a sign of theft, so the whole family is revoked. */
    REUSED
}
