CREATE TABLE network_users (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL,
    password_hash TEXT NULL,
    is_platform_admin INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NULL,
    last_sign_in_at TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_network_users_email ON network_users (email);

CREATE TABLE network_memberships (
    organization_id TEXT NOT NULL REFERENCES network_organizations (id),
    user_id TEXT NOT NULL REFERENCES network_users (id),
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (organization_id, user_id)
);

-- The actor is loaded by user on every request: this index makes it one seek.
CREATE INDEX ix_network_memberships_user ON network_memberships (user_id, organization_id, role);
