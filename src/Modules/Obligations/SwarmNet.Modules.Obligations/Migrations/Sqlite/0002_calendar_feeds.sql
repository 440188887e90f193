-- A person's secret calendar address for one organisation: only its hash is kept; revoking it closes the feed.
CREATE TABLE obligations_calendar_feeds (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

CREATE UNIQUE INDEX ux_obligations_calendar_feeds_secret ON obligations_calendar_feeds (secret_hash);
CREATE INDEX ix_obligations_calendar_feeds_user ON obligations_calendar_feeds (user_id, organization_id);
