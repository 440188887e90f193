-- A signed-in browser is a session row: sign-out, a password change or disabling the user ends it at once (docs/adr/0055).
CREATE TABLE dbo.network_sessions (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_sessions PRIMARY KEY,
    user_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_sessions_user REFERENCES dbo.network_users (id),
    created_at DATETIMEOFFSET NOT NULL,
    expires_at DATETIMEOFFSET NOT NULL,
    ended_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_network_sessions_user ON dbo.network_sessions (user_id) WHERE ended_at IS NULL;

-- A disabled user can neither sign in nor use a session or token.
ALTER TABLE dbo.network_users ADD disabled_at DATETIMEOFFSET NULL;

-- Tokens now expire within a year at most: those created without an expiry get one.
UPDATE dbo.network_api_tokens SET expires_at = DATEADD(DAY, 365, created_at) WHERE expires_at IS NULL;
