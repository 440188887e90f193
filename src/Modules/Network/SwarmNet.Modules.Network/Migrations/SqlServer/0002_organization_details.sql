ALTER TABLE dbo.network_organizations ADD
    legal_form NVARCHAR(30) NOT NULL CONSTRAINT df_network_organizations_legal_form DEFAULT 'Other',
    address NVARCHAR(200) NULL,
    postal_code CHAR(5) NULL,
    iae_approval NVARCHAR(50) NULL,
    referent_name NVARCHAR(100) NULL,
    referent_role NVARCHAR(100) NULL,
    referent_email NVARCHAR(200) NULL,
    referent_phone NVARCHAR(30) NULL,
    referent_time_percent INT NULL,
    registered_by_organization_id UNIQUEIDENTIFIER NULL
        CONSTRAINT fk_network_organizations_registered_by REFERENCES dbo.network_organizations (id);
GO
CREATE INDEX ix_network_organizations_registered_by ON dbo.network_organizations (registered_by_organization_id);
