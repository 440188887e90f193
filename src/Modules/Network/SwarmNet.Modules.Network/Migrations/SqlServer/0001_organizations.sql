CREATE TABLE dbo.network_organizations (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_organizations PRIMARY KEY,
    name NVARCHAR(200) NOT NULL,
    kind NVARCHAR(20) NOT NULL,
    siret CHAR(14) NULL,
    city NVARCHAR(100) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by UNIQUEIDENTIFIER NULL,
    version INT NOT NULL CONSTRAINT df_network_organizations_version DEFAULT 1
);

CREATE UNIQUE INDEX ux_network_organizations_siret ON dbo.network_organizations (siret) WHERE siret IS NOT NULL;
CREATE INDEX ix_network_organizations_name ON dbo.network_organizations (name, id);
CREATE INDEX ix_network_organizations_kind ON dbo.network_organizations (kind, name);
