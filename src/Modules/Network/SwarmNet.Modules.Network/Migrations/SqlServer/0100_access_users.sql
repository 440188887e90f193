CREATE TABLE dbo.network_users (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_users PRIMARY KEY,
    email NVARCHAR(254) NOT NULL,
    display_name NVARCHAR(200) NOT NULL,
    password_hash NVARCHAR(200) NULL,
    is_platform_admin BIT NOT NULL CONSTRAINT df_network_users_is_platform_admin DEFAULT 0,
    failed_sign_ins INT NOT NULL CONSTRAINT df_network_users_failed_sign_ins DEFAULT 0,
    locked_until DATETIMEOFFSET NULL,
    last_sign_in_at DATETIMEOFFSET NULL,
    created_at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_network_users_email ON dbo.network_users (email);

CREATE TABLE dbo.network_memberships (
    organization_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_memberships_organization REFERENCES dbo.network_organizations (id),
    user_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_memberships_user REFERENCES dbo.network_users (id),
    role NVARCHAR(30) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_network_memberships PRIMARY KEY (organization_id, user_id)
);

-- The actor is loaded by user on every request: this index makes it one seek.
CREATE INDEX ix_network_memberships_user ON dbo.network_memberships (user_id, organization_id) INCLUDE (role);
