CREATE TABLE dbo.network_invitations (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_invitations PRIMARY KEY,
    organization_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_invitations_organization REFERENCES dbo.network_organizations (id),
    email NVARCHAR(254) NOT NULL,
    role NVARCHAR(30) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by UNIQUEIDENTIFIER NULL,
    expires_at DATETIMEOFFSET NOT NULL,
    accepted_at DATETIMEOFFSET NULL,
    accepted_by UNIQUEIDENTIFIER NULL,
    revoked_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_network_invitations_hash ON dbo.network_invitations (token_hash);
CREATE INDEX ix_network_invitations_organization ON dbo.network_invitations (organization_id, created_at);
