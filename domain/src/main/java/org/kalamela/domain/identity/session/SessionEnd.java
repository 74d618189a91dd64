package org.kalamela.domain.identity.session;

/** Why a session ended. Only a reuse of a refresh token is a sign of theft; the others are ordinary ends. */
public enum SessionEnd {
    /** The person signed out. */
    SIGNED_OUT,
    /** The password was reset with a mailed link: every session of the account ends. */
    PASSWORD_RESET,
    /** The password was changed by its owner: every other session of the account ends. */
    PASSWORD_CHANGED,
    /** The admin deactivated the account. */
    DEACTIVATED,
    /** A refresh token of the session was presented twice: someone else may hold a copy. */
    TOKEN_REUSED
}
