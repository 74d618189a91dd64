-- Sessions: one row per sign-in, the family of its refresh tokens and the `sid` claim of its access tokens.
-- Every request with an access token is checked against its session (one lookup by primary key), so ending
-- a session (sign-out, password reset or change, deactivation, a reused refresh token) stops its access
-- tokens at once. Ending a session replaces revoking refresh tokens one by one: there is one concept.

CREATE TABLE sessions (
    id         VARCHAR(36) PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    started_at TIMESTAMPTZ NOT NULL,
    ended_at   TIMESTAMPTZ,
    end_reason VARCHAR(20) CHECK (end_reason IN
        ('SIGNED_OUT', 'PASSWORD_RESET', 'PASSWORD_CHANGED', 'DEACTIVATED', 'TOKEN_REUSED')),
    CONSTRAINT sessions_end_has_reason CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
    CONSTRAINT sessions_end_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- Ending every open session of an account (password reset or change, deactivation).
CREATE INDEX sessions_open_of_account_idx ON sessions (account_id) WHERE ended_at IS NULL;

-- The existing refresh-token families become sessions. A family with a revoked token was ended either by a
-- sign-out or by a reuse; which one was not recorded, so it counts as a sign-out (its tokens are refused
-- as invalid, not as stolen).
INSERT INTO sessions (id, account_id, started_at, ended_at, end_reason)
SELECT family_id, min(account_id), min(issued_at), max(revoked_at),
       CASE WHEN max(revoked_at) IS NULL THEN NULL ELSE 'SIGNED_OUT' END
FROM refresh_tokens
GROUP BY family_id;

ALTER TABLE refresh_tokens
    ADD CONSTRAINT refresh_tokens_session_fk FOREIGN KEY (family_id) REFERENCES sessions (id) ON DELETE CASCADE;
ALTER TABLE refresh_tokens DROP COLUMN revoked_at;
