-- Failed sign-ins are counted per login and client address, and per login from every address (the row
-- whose client_address is '*'), so that a stranger cannot lock an account out from elsewhere (DOMAIN.md).
-- A login that matches no account is counted too, as 'unknown:' and the SHA-256 of the normalized login:
-- the typed text is never stored.
CREATE TABLE login_throttles (
    login_key      VARCHAR(80) NOT NULL CHECK (login_key ~ '^(account:[1-9][0-9]*|unknown:[0-9a-f]{64})$'),
    client_address VARCHAR(64) NOT NULL CHECK (client_address <> ''),
    failures       INTEGER     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_start   TIMESTAMPTZ,
    locked_until   TIMESTAMPTZ,
    PRIMARY KEY (login_key, client_address),
    CHECK (failures = 0 OR window_start IS NOT NULL)
);
-- Finds the counts that no longer decide anything, to forget them.
CREATE INDEX login_throttles_window_start_idx ON login_throttles (window_start);

-- The old per-account counts become counts from every address, so a lock in force stays in force.
INSERT INTO login_throttles (login_key, client_address, failures, window_start, locked_until)
SELECT 'account:' || account_id, '*', failures, window_start, locked_until
FROM login_attempts
WHERE failures > 0 OR locked_until IS NOT NULL;

DROP TABLE login_attempts;
