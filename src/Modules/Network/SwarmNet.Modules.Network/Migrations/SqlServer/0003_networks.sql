CREATE TABLE dbo.network_networks (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_networks PRIMARY KEY,
    owner_organization_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_networks_owner REFERENCES dbo.network_organizations (id),
    name NVARCHAR(200) NOT NULL,
    brands NVARCHAR(2000) NOT NULL,
    concept_summary NVARCHAR(4000) NULL,
    charter NVARCHAR(MAX) NULL,
    territory_policy NVARCHAR(4000) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    version INT NOT NULL CONSTRAINT df_network_networks_version DEFAULT 1
);

CREATE UNIQUE INDEX ux_network_networks_owner_name ON dbo.network_networks (owner_organization_id, name);

CREATE TABLE dbo.network_checklist_template_items (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_checklist_template_items PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_checklist_template_items_network REFERENCES dbo.network_networks (id),
    position INT NOT NULL,
    code NVARCHAR(40) NOT NULL,
    label NVARCHAR(300) NOT NULL,
    mandatory BIT NOT NULL
);

CREATE UNIQUE INDEX ux_network_checklist_template_items_code ON dbo.network_checklist_template_items (network_id, code);
