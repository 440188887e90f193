CREATE TABLE dbo.licences_licences (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_licences PRIMARY KEY,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    grantor_name NVARCHAR(200) NOT NULL,
    licensee_organization_id UNIQUEIDENTIFIER NOT NULL,
    licensee_name NVARCHAR(200) NOT NULL,
    network_id UNIQUEIDENTIFIER NULL,
    candidacy_id UNIQUEIDENTIFIER NULL,
    brand_name NVARCHAR(150) NOT NULL,
    brand_key NVARCHAR(150) NOT NULL,
    brand_inpi_number NVARCHAR(30) NULL,
    brand_nice_classes NVARCHAR(400) NOT NULL,
    brand_activities NVARCHAR(MAX) NOT NULL,
    territory_communes NVARCHAR(MAX) NOT NULL,
    territory_departments NVARCHAR(MAX) NOT NULL,
    territory_description NVARCHAR(1000) NULL,
    exclusive BIT NOT NULL,
    sublicensing_allowed BIT NOT NULL,
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
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL,
    version INT NOT NULL CONSTRAINT df_licences_licences_version DEFAULT 1
);

CREATE INDEX ix_licences_licences_grantor ON dbo.licences_licences (grantor_organization_id, status);
CREATE INDEX ix_licences_licences_licensee ON dbo.licences_licences (licensee_organization_id, status);
CREATE INDEX ix_licences_licences_brand ON dbo.licences_licences (brand_key, status);
CREATE INDEX ix_licences_licences_due ON dbo.licences_licences (status, effective_date, end_date);

CREATE TABLE dbo.licences_amendments (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_amendments PRIMARY KEY,
    licence_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_licences_amendments_licence REFERENCES dbo.licences_licences (id),
    number INT NOT NULL,
    effective_date DATE NOT NULL,
    summary NVARCHAR(2000) NOT NULL,
    royalty_terms NVARCHAR(MAX) NULL,
    obligation_terms NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by_id UNIQUEIDENTIFIER NULL,
    created_by_name NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_licences_amendments_number UNIQUE (licence_id, number)
);

CREATE TABLE dbo.licences_history (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_history PRIMARY KEY,
    licence_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_licences_history_licence REFERENCES dbo.licences_licences (id),
    position INT NOT NULL,
    action NVARCHAR(40) NOT NULL,
    details NVARCHAR(MAX) NULL,
    actor_id UNIQUEIDENTIFIER NULL,
    actor_name NVARCHAR(200) NOT NULL,
    at DATETIMEOFFSET NOT NULL
);

CREATE UNIQUE INDEX ux_licences_history_position ON dbo.licences_history (licence_id, position);

CREATE TABLE dbo.licences_templates (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_templates PRIMARY KEY,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    name NVARCHAR(150) NOT NULL,
    brand_name NVARCHAR(150) NOT NULL,
    brand_inpi_number NVARCHAR(30) NULL,
    brand_nice_classes NVARCHAR(400) NOT NULL,
    brand_activities NVARCHAR(MAX) NOT NULL,
    royalty_terms NVARCHAR(MAX) NULL,
    obligation_terms NVARCHAR(MAX) NOT NULL,
    exit_terms NVARCHAR(MAX) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    created_by_name NVARCHAR(200) NOT NULL
);

CREATE UNIQUE INDEX ux_licences_templates_name ON dbo.licences_templates (grantor_organization_id, name);

CREATE TABLE dbo.licences_brand_uses (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_brand_uses PRIMARY KEY,
    licence_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_licences_brand_uses_licence REFERENCES dbo.licences_licences (id),
    kind NVARCHAR(30) NOT NULL,
    description NVARCHAR(2000) NOT NULL,
    file_reference NVARCHAR(300) NULL,
    status NVARCHAR(20) NOT NULL,
    submitted_at DATETIMEOFFSET NOT NULL,
    submitted_by_name NVARCHAR(200) NOT NULL,
    decided_at DATETIMEOFFSET NULL,
    decided_by_name NVARCHAR(200) NULL,
    comment NVARCHAR(2000) NULL
);

CREATE INDEX ix_licences_brand_uses_licence ON dbo.licences_brand_uses (licence_id, submitted_at);

CREATE TABLE dbo.licences_documents (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_documents PRIMARY KEY,
    licence_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_licences_documents_licence REFERENCES dbo.licences_licences (id),
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_path NVARCHAR(400) NOT NULL,
    uploaded_at DATETIMEOFFSET NOT NULL,
    uploaded_by_id UNIQUEIDENTIFIER NULL,
    uploaded_by_name NVARCHAR(200) NOT NULL
);

CREATE INDEX ix_licences_documents_licence ON dbo.licences_documents (licence_id, uploaded_at);
