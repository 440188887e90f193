-- Who holds a lease: the host (stable across restarts) and its process. A restarted host takes back at once the
-- leases its earlier run held (docs/adr/0057).
ALTER TABLE platform_outbox ADD COLUMN lock_host TEXT NULL;
ALTER TABLE platform_outbox ADD COLUMN lock_instance TEXT NULL;

CREATE INDEX ix_platform_outbox_lock_host ON platform_outbox (lock_host) WHERE lock_host IS NOT NULL;
