CREATE TABLE dbo.network_api_tokens (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_api_tokens PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_api_tokens_user REFERENCES dbo.network_users (id),
    name NVARCHAR(100) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    expires_at DATETIMEOFFSET NULL,
    last_used_at DATETIMEOFFSET NULL,
    revoked_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_network_api_tokens_hash ON dbo.network_api_tokens (token_hash);
CREATE INDEX ix_network_api_tokens_user ON dbo.network_api_tokens (user_id, created_at);
