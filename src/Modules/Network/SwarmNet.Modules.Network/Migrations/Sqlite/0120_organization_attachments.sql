-- One structure, several networks (docs/adr/0123): a network head that registers a structure already on the platform
-- (same SIRET) is attached to it instead of creating a second organisation; the attachment lets it see the structure.
CREATE TABLE network_organization_attachments (
    organization_id TEXT NOT NULL REFERENCES network_organizations (id),
    head_organization_id TEXT NOT NULL REFERENCES network_organizations (id),
    attached_at TEXT NOT NULL,
    attached_by TEXT NULL,
    PRIMARY KEY (organization_id, head_organization_id)
);

CREATE INDEX ix_network_organization_attachments_head ON network_organization_attachments (head_organization_id, organization_id);
