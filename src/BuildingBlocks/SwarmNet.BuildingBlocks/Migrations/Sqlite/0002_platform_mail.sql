-- Outgoing e-mails, written in the transaction that decides to send them and sent after it commits (docs/adr/0092).
CREATE TABLE platform_mail (
    id TEXT NOT NULL PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    lock_id TEXT NULL,
    locked_until TEXT NULL,
    last_error TEXT NULL,
    sent_at TEXT NULL
);

CREATE INDEX ix_platform_mail_pending ON platform_mail (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX ix_platform_mail_lock ON platform_mail (lock_id) WHERE lock_id IS NOT NULL;
