-- The charter of each network (docs/adr/0121): its numbered versions, kept here by network id (Network owns the networks),
-- and each affiliate's acknowledgement of each version pushed to it, with who and when.
CREATE TABLE dbo.affiliations_charter_versions (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_charter_versions PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL,
    number INT NOT NULL,
    summary NVARCHAR(2000) NOT NULL,
    text NVARCHAR(MAX) NULL,
    file_name NVARCHAR(200) NULL,
    content_type NVARCHAR(100) NULL,
    size_bytes BIGINT NULL,
    sha256 CHAR(64) NULL,
    storage_path NVARCHAR(400) NULL,
    published_on DATE NOT NULL,
    acknowledge_within_days INT NOT NULL,
    published_at DATETIMEOFFSET NOT NULL,
    published_by_id UNIQUEIDENTIFIER NULL,
    published_by_name NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_affiliations_charter_versions_number UNIQUE (network_id, number)
);

CREATE TABLE dbo.affiliations_charter_acknowledgements (
    version_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_charter_acknowledgements_version REFERENCES dbo.affiliations_charter_versions (id),
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_charter_acknowledgements_contract REFERENCES dbo.affiliations_contracts (id),
    network_id UNIQUEIDENTIFIER NOT NULL,
    number INT NOT NULL,
    affiliate_organization_id UNIQUEIDENTIFIER NOT NULL,
    requested_on DATE NOT NULL,
    due_on DATE NOT NULL,
    acknowledged_at DATETIMEOFFSET NULL,
    acknowledged_on DATE NULL,
    acknowledged_by_id UNIQUEIDENTIFIER NULL,
    acknowledged_by_name NVARCHAR(200) NULL,
    CONSTRAINT pk_affiliations_charter_acknowledgements PRIMARY KEY (version_id, contract_id)
);

CREATE INDEX ix_affiliations_charter_acknowledgements_contract ON dbo.affiliations_charter_acknowledgements (contract_id, number);
CREATE INDEX ix_affiliations_charter_acknowledgements_network ON dbo.affiliations_charter_acknowledgements (network_id, number, due_on);
