CREATE TABLE network_invitations (
    id TEXT NOT NULL PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES network_organizations (id),
    email TEXT NOT NULL COLLATE NOCASE,
    role TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT NULL,
    accepted_by TEXT NULL,
    revoked_at TEXT NULL
);

CREATE UNIQUE INDEX ux_network_invitations_hash ON network_invitations (token_hash);
CREATE INDEX ix_network_invitations_organization ON network_invitations (organization_id, created_at);
