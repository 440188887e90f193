-- Password reset links: single use, expiring, the token kept only as its SHA-256 hash.
CREATE TABLE dbo.network_password_resets (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_password_resets PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_password_resets_user REFERENCES dbo.network_users (id),
    token_hash CHAR(64) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    expires_at DATETIMEOFFSET NOT NULL,
    used_at DATETIMEOFFSET NULL
);

CREATE UNIQUE INDEX ux_network_password_resets_hash ON dbo.network_password_resets (token_hash);
CREATE INDEX ix_network_password_resets_user ON dbo.network_password_resets (user_id, used_at);
