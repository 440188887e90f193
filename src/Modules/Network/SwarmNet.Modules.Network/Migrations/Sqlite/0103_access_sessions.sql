-- A signed-in browser is a session row: sign-out, a password change or disabling the user ends it at once (docs/adr/0055).
CREATE TABLE network_sessions (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES network_users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    ended_at TEXT NULL
);

CREATE INDEX ix_network_sessions_user ON network_sessions (user_id) WHERE ended_at IS NULL;

-- A disabled user can neither sign in nor use a session or token.
ALTER TABLE network_users ADD COLUMN disabled_at TEXT NULL;

-- Tokens now expire within a year at most: those created without an expiry get one.
UPDATE network_api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+365 days') WHERE expires_at IS NULL;
