CREATE TABLE dbo.platform_outbox (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_platform_outbox PRIMARY KEY,
    event_name NVARCHAR(200) NOT NULL,
    payload NVARCHAR(MAX) NOT NULL,
    occurred_at DATETIMEOFFSET NOT NULL,
    attempts INT NOT NULL CONSTRAINT df_platform_outbox_attempts DEFAULT 0,
    next_attempt_at DATETIMEOFFSET NOT NULL,
    lock_id UNIQUEIDENTIFIER NULL,
    locked_until DATETIMEOFFSET NULL,
    last_error NVARCHAR(MAX) NULL,
    dispatched_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_platform_outbox_pending ON dbo.platform_outbox (next_attempt_at, occurred_at) WHERE dispatched_at IS NULL;
CREATE INDEX ix_platform_outbox_lock ON dbo.platform_outbox (lock_id) WHERE lock_id IS NOT NULL;

CREATE TABLE dbo.platform_inbox (
    event_id UNIQUEIDENTIFIER NOT NULL,
    handler NVARCHAR(400) NOT NULL,
    processed_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_platform_inbox PRIMARY KEY (event_id, handler)
);
