-- A person reads SwarmNet in French unless they chose English (null: French).
ALTER TABLE network_users ADD COLUMN language TEXT NULL;

-- What each person is told in the application: one row per person, unread until marked (docs/adr/0092).
CREATE TABLE network_notifications (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES network_users (id),
    organization_id TEXT NOT NULL,
    notice_key TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    link TEXT NULL,
    created_at TEXT NOT NULL,
    read_at TEXT NULL
);

CREATE INDEX ix_network_notifications_user ON network_notifications (user_id, created_at);
CREATE INDEX ix_network_notifications_unread ON network_notifications (user_id) WHERE read_at IS NULL;
