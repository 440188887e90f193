-- A person's secret calendar address for one organisation: only its hash is kept; revoking it closes the feed.
CREATE TABLE dbo.obligations_calendar_feeds (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_obligations_calendar_feeds PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL,
    organization_id UNIQUEIDENTIFIER NOT NULL,
    secret_hash CHAR(64) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    revoked_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_obligations_calendar_feeds_secret ON dbo.obligations_calendar_feeds (secret_hash);
CREATE INDEX ix_obligations_calendar_feeds_user ON dbo.obligations_calendar_feeds (user_id, organization_id);
