CREATE TABLE network_networks (
    id TEXT NOT NULL PRIMARY KEY,
    owner_organization_id TEXT NOT NULL REFERENCES network_organizations (id),
    name TEXT NOT NULL COLLATE NOCASE,
    brands TEXT NOT NULL,
    concept_summary TEXT NULL,
    charter TEXT NULL,
    territory_policy TEXT NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX ux_network_networks_owner_name ON network_networks (owner_organization_id, name);

CREATE TABLE network_checklist_template_items (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES network_networks (id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    mandatory INTEGER NOT NULL
);

CREATE UNIQUE INDEX ux_network_checklist_template_items_code ON network_checklist_template_items (network_id, code);
