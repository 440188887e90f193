CREATE TABLE network_api_tokens (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES network_users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NULL,
    last_used_at TEXT NULL,
    revoked_at TEXT NULL
);

CREATE UNIQUE INDEX ux_network_api_tokens_hash ON network_api_tokens (token_hash);
CREATE INDEX ix_network_api_tokens_user ON network_api_tokens (user_id, created_at);
