-- Password reset links: single use, expiring, the token kept only as its SHA-256 hash.
CREATE TABLE network_password_resets (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES network_users (id),
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT NULL
);

CREATE UNIQUE INDEX ux_network_password_resets_hash ON network_password_resets (token_hash);
CREATE INDEX ix_network_password_resets_user ON network_password_resets (user_id, used_at);
