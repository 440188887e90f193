CREATE TABLE network_organizations (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE,
    kind TEXT NOT NULL,
    siret TEXT NULL,
    city TEXT NULL COLLATE NOCASE,
    created_at TEXT NOT NULL,
    created_by TEXT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX ux_network_organizations_siret ON network_organizations (siret) WHERE siret IS NOT NULL;
CREATE INDEX ix_network_organizations_name ON network_organizations (name, id);
CREATE INDEX ix_network_organizations_kind ON network_organizations (kind, name);
