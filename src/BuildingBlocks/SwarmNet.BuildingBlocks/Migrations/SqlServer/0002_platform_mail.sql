-- Outgoing e-mails, written in the transaction that decides to send them and sent after it commits (docs/adr/0092).
CREATE TABLE dbo.platform_mail (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_platform_mail PRIMARY KEY,
    recipient NVARCHAR(320) NOT NULL,
    subject NVARCHAR(300) NOT NULL,
    body NVARCHAR(MAX) NOT NULL,
    queued_at DATETIMEOFFSET NOT NULL,
    attempts INT NOT NULL CONSTRAINT df_platform_mail_attempts DEFAULT 0,
    next_attempt_at DATETIMEOFFSET NOT NULL,
    lock_id UNIQUEIDENTIFIER NULL,
    locked_until DATETIMEOFFSET NULL,
    last_error NVARCHAR(2000) NULL,
    sent_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_platform_mail_pending ON dbo.platform_mail (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX ix_platform_mail_lock ON dbo.platform_mail (lock_id) WHERE lock_id IS NOT NULL;
