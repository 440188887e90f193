-- Who holds a lease: the host (stable across restarts) and its process. A restarted host takes back at once the
-- leases its earlier run held (docs/adr/0057).
ALTER TABLE dbo.platform_outbox ADD lock_host NVARCHAR(200) NULL, lock_instance UNIQUEIDENTIFIER NULL;
GO

CREATE INDEX ix_platform_outbox_lock_host ON dbo.platform_outbox (lock_host) WHERE lock_host IS NOT NULL;
