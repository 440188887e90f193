CREATE TABLE platform_outbox (
    id TEXT NOT NULL PRIMARY KEY,
    event_name TEXT NOT NULL,
    payload TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lock_id TEXT NULL,
    locked_until TEXT NULL,
    last_error TEXT NULL,
    dispatched_at TEXT NULL
);

CREATE INDEX ix_platform_outbox_pending ON platform_outbox (next_attempt_at, occurred_at) WHERE dispatched_at IS NULL;
CREATE INDEX ix_platform_outbox_lock ON platform_outbox (lock_id) WHERE lock_id IS NOT NULL;

CREATE TABLE platform_inbox (
    event_id TEXT NOT NULL,
    handler TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (event_id, handler)
);
