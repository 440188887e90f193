-- One structure, several networks (docs/adr/0123): a network head that registers a structure already on the platform
-- (same SIRET) is attached to it instead of creating a second organisation; the attachment lets it see the structure.
CREATE TABLE dbo.network_organization_attachments (
    organization_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_organization_attachments_organization REFERENCES dbo.network_organizations (id),
    head_organization_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_organization_attachments_head REFERENCES dbo.network_organizations (id),
    attached_at DATETIMEOFFSET NOT NULL,
    attached_by UNIQUEIDENTIFIER NULL,
    CONSTRAINT pk_network_organization_attachments PRIMARY KEY (organization_id, head_organization_id)
);

CREATE INDEX ix_network_organization_attachments_head ON dbo.network_organization_attachments (head_organization_id, organization_id);
