-- Affiliation agreements: the contract kernel's columns (docs/adr/0070) and the module's own (network name, signs, services).
CREATE TABLE dbo.affiliations_contracts (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_contracts PRIMARY KEY,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    grantor_name NVARCHAR(200) NOT NULL,
    grantee_organization_id UNIQUEIDENTIFIER NOT NULL,
    grantee_name NVARCHAR(200) NOT NULL,
    network_id UNIQUEIDENTIFIER NOT NULL,
    network_name NVARCHAR(200) NOT NULL,
    candidacy_id UNIQUEIDENTIFIER NULL,
    distinctive_signs NVARCHAR(MAX) NOT NULL,
    services NVARCHAR(MAX) NOT NULL,
    exclusive BIT NOT NULL,
    royalty_terms NVARCHAR(MAX) NULL,
    obligation_terms NVARCHAR(MAX) NOT NULL,
    exit_terms NVARCHAR(MAX) NULL,
    effective_date DATE NOT NULL,
    end_date DATE NULL,
    tacit_renewal BIT NOT NULL,
    renewal_months INT NOT NULL,
    notice_days INT NOT NULL,
    renewal_decision NVARCHAR(20) NOT NULL,
    status NVARCHAR(20) NOT NULL,
    signed_at DATETIMEOFFSET NULL,
    activated_on DATE NULL,
    suspended_on DATE NULL,
    suspension_reason NVARCHAR(1000) NULL,
    ended_on DATE NULL,
    termination_ground NVARCHAR(1000) NULL,
    terminated_by_id UNIQUEIDENTIFIER NULL,
    terminated_by_name NVARCHAR(200) NULL,
    terminated_by_party NVARCHAR(20) NULL,
    terminates_on DATE NULL,
    notice_given_on DATE NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL,
    version INT NOT NULL CONSTRAINT df_affiliations_contracts_version DEFAULT 1
);

CREATE INDEX ix_affiliations_contracts_grantor ON dbo.affiliations_contracts (grantor_organization_id, status);
CREATE INDEX ix_affiliations_contracts_grantee ON dbo.affiliations_contracts (grantee_organization_id, status);
CREATE INDEX ix_affiliations_contracts_network ON dbo.affiliations_contracts (network_id, status);
CREATE INDEX ix_affiliations_contracts_due ON dbo.affiliations_contracts (status, effective_date, end_date);
CREATE INDEX ix_affiliations_contracts_terminates ON dbo.affiliations_contracts (status, terminates_on);

CREATE TABLE dbo.affiliations_amendments (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_amendments PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_amendments_contract REFERENCES dbo.affiliations_contracts (id),
    number INT NOT NULL,
    effective_date DATE NOT NULL,
    summary NVARCHAR(2000) NOT NULL,
    royalty_terms NVARCHAR(MAX) NULL,
    obligation_terms NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by_id UNIQUEIDENTIFIER NULL,
    created_by_name NVARCHAR(200) NOT NULL,
    signed_at DATETIMEOFFSET NULL,
    CONSTRAINT ux_affiliations_amendments_number UNIQUE (contract_id, number)
);

CREATE TABLE dbo.affiliations_history (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_history PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_history_contract REFERENCES dbo.affiliations_contracts (id),
    position INT NOT NULL,
    action NVARCHAR(40) NOT NULL,
    details NVARCHAR(MAX) NULL,
    actor_id UNIQUEIDENTIFIER NULL,
    actor_name NVARCHAR(200) NOT NULL,
    at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_affiliations_history_position ON dbo.affiliations_history (contract_id, position);

CREATE TABLE dbo.affiliations_signatures (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_signatures PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_signatures_contract REFERENCES dbo.affiliations_contracts (id),
    amendment_number INT NOT NULL,
    party NVARCHAR(20) NOT NULL,
    organization_id UNIQUEIDENTIFIER NOT NULL,
    organization_name NVARCHAR(200) NOT NULL,
    signed_by_id UNIQUEIDENTIFIER NULL,
    signed_by_name NVARCHAR(200) NOT NULL,
    signed_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT ux_affiliations_signatures_party UNIQUE (contract_id, amendment_number, party)
);

CREATE TABLE dbo.affiliations_documents (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_documents PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_documents_contract REFERENCES dbo.affiliations_contracts (id),
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_path NVARCHAR(400) NOT NULL,
    uploaded_at DATETIMEOFFSET NOT NULL,
    uploaded_by_id UNIQUEIDENTIFIER NULL,
    uploaded_by_name NVARCHAR(200) NOT NULL
);

CREATE INDEX ix_affiliations_documents_contract ON dbo.affiliations_documents (contract_id, uploaded_at);

CREATE TABLE dbo.affiliations_exit_checklist (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_exit_checklist PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_exit_checklist_contract REFERENCES dbo.affiliations_contracts (id),
    item NVARCHAR(20) NOT NULL,
    done_at DATETIMEOFFSET NOT NULL,
    done_by_id UNIQUEIDENTIFIER NULL,
    done_by_name NVARCHAR(200) NOT NULL,
    note NVARCHAR(1000) NULL,
    CONSTRAINT ux_affiliations_exit_checklist_item UNIQUE (contract_id, item)
);

CREATE TABLE dbo.affiliations_templates (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_templates PRIMARY KEY,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    name NVARCHAR(150) NOT NULL,
    distinctive_signs NVARCHAR(MAX) NOT NULL,
    services NVARCHAR(MAX) NOT NULL,
    royalty_terms NVARCHAR(MAX) NULL,
    obligation_terms NVARCHAR(MAX) NOT NULL,
    exit_terms NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by_name NVARCHAR(200) NOT NULL
);

CREATE UNIQUE INDEX ux_affiliations_templates_name ON dbo.affiliations_templates (grantor_organization_id, name);
