-- A person reads SwarmNet in French unless they chose English (null: French).
ALTER TABLE dbo.network_users ADD language NVARCHAR(5) NULL;
GO

-- What each person is told in the application: one row per person, unread until marked (docs/adr/0092).
CREATE TABLE dbo.network_notifications (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_notifications PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_notifications_user REFERENCES dbo.network_users (id),
    organization_id UNIQUEIDENTIFIER NOT NULL,
    notice_key NVARCHAR(200) NOT NULL,
    subject NVARCHAR(300) NOT NULL,
    body NVARCHAR(4000) NOT NULL,
    link NVARCHAR(500) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    read_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_network_notifications_user ON dbo.network_notifications (user_id, created_at);
CREATE INDEX ix_network_notifications_unread ON dbo.network_notifications (user_id) WHERE read_at IS NULL;
