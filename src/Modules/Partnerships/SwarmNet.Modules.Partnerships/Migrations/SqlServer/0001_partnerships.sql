-- Partnership contracts on the contract kernel (docs/adr/0070, 0130): the kernel's columns, the lead partner on the grantor's
-- side and the host structure on the grantee's; the partnership's own content as JSON; every partner in its own table.
CREATE TABLE dbo.partnerships_contracts (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_contracts PRIMARY KEY,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    grantor_name NVARCHAR(200) NOT NULL,
    structure_organization_id UNIQUEIDENTIFIER NOT NULL,
    structure_name NVARCHAR(200) NOT NULL,
    network_id UNIQUEIDENTIFIER NULL,
    candidacy_id UNIQUEIDENTIFIER NULL,
    exclusive BIT NOT NULL CONSTRAINT df_partnerships_contracts_exclusive DEFAULT 0,
    title NVARCHAR(200) NOT NULL,
    objective NVARCHAR(MAX) NOT NULL,
    content NVARCHAR(MAX) NOT NULL,
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
    version INT NOT NULL CONSTRAINT df_partnerships_contracts_version DEFAULT 1
);

CREATE INDEX ix_partnerships_contracts_network ON dbo.partnerships_contracts (network_id, status);
CREATE INDEX ix_partnerships_contracts_due ON dbo.partnerships_contracts (status, effective_date, end_date);
CREATE INDEX ix_partnerships_contracts_terminates ON dbo.partnerships_contracts (status, terminates_on);

-- Every partner sees the contract: visibility is one seek on (organization_id, contract_id).
CREATE TABLE dbo.partnerships_partners (
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_partners_contract REFERENCES dbo.partnerships_contracts (id),
    organization_id UNIQUEIDENTIFIER NOT NULL,
    organization_name NVARCHAR(200) NOT NULL,
    organization_kind NVARCHAR(20) NOT NULL,
    role NVARCHAR(20) NOT NULL,
    position INT NOT NULL,
    signatory_name NVARCHAR(200) NOT NULL,
    signatory_title NVARCHAR(200) NOT NULL,
    CONSTRAINT pk_partnerships_partners PRIMARY KEY (contract_id, organization_id)
);

CREATE INDEX ix_partnerships_partners_organization ON dbo.partnerships_partners (organization_id, contract_id);

CREATE TABLE dbo.partnerships_amendments (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_amendments PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_amendments_contract REFERENCES dbo.partnerships_contracts (id),
    number INT NOT NULL,
    effective_date DATE NOT NULL,
    summary NVARCHAR(2000) NOT NULL,
    royalty_terms NVARCHAR(MAX) NULL,
    obligation_terms NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by_id UNIQUEIDENTIFIER NULL,
    created_by_name NVARCHAR(200) NOT NULL,
    signed_at DATETIMEOFFSET NULL,
    CONSTRAINT ux_partnerships_amendments_number UNIQUE (contract_id, number)
);

CREATE TABLE dbo.partnerships_history (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_history PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_history_contract REFERENCES dbo.partnerships_contracts (id),
    position INT NOT NULL,
    action NVARCHAR(40) NOT NULL,
    details NVARCHAR(MAX) NULL,
    actor_id UNIQUEIDENTIFIER NULL,
    actor_name NVARCHAR(200) NOT NULL,
    at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_partnerships_history_position ON dbo.partnerships_history (contract_id, position);

-- One row per partner and amendment (0: the contract): a partner is its side and its organisation.
CREATE TABLE dbo.partnerships_signatures (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_signatures PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_signatures_contract REFERENCES dbo.partnerships_contracts (id),
    amendment_number INT NOT NULL,
    party NVARCHAR(20) NOT NULL,
    organization_id UNIQUEIDENTIFIER NOT NULL,
    organization_name NVARCHAR(200) NOT NULL,
    signed_by_id UNIQUEIDENTIFIER NULL,
    signed_by_name NVARCHAR(200) NOT NULL,
    signed_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT ux_partnerships_signatures_party UNIQUE (contract_id, amendment_number, party, organization_id)
);

CREATE TABLE dbo.partnerships_exit_checklist (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_exit_checklist PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_exit_checklist_contract REFERENCES dbo.partnerships_contracts (id),
    item NVARCHAR(20) NOT NULL,
    done_at DATETIMEOFFSET NOT NULL,
    done_by_id UNIQUEIDENTIFIER NULL,
    done_by_name NVARCHAR(200) NOT NULL,
    note NVARCHAR(1000) NULL,
    CONSTRAINT ux_partnerships_exit_checklist_item UNIQUE (contract_id, item)
);

CREATE TABLE dbo.partnerships_documents (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_documents PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_documents_contract REFERENCES dbo.partnerships_contracts (id),
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_path NVARCHAR(400) NOT NULL,
    uploaded_at DATETIMEOFFSET NOT NULL,
    uploaded_by_id UNIQUEIDENTIFIER NULL,
    uploaded_by_name NVARCHAR(200) NOT NULL
);

CREATE INDEX ix_partnerships_documents_contract ON dbo.partnerships_documents (contract_id, uploaded_at);

-- A network head's standard partnership: its content and terms, without partners or dates.
CREATE TABLE dbo.partnerships_templates (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_templates PRIMARY KEY,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    name NVARCHAR(200) NOT NULL,
    content NVARCHAR(MAX) NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by_name NVARCHAR(200) NOT NULL
);

CREATE UNIQUE INDEX ux_partnerships_templates_name ON dbo.partnerships_templates (grantor_organization_id, name);
