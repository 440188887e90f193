CREATE TABLE licences_licences (
    id TEXT NOT NULL PRIMARY KEY,
    grantor_organization_id TEXT NOT NULL,
    grantor_name TEXT NOT NULL,
    licensee_organization_id TEXT NOT NULL,
    licensee_name TEXT NOT NULL,
    network_id TEXT NULL,
    candidacy_id TEXT NULL,
    brand_name TEXT NOT NULL,
    brand_key TEXT NOT NULL,
    brand_inpi_number TEXT NULL,
    brand_nice_classes TEXT NOT NULL,
    brand_activities TEXT NOT NULL,
    territory_communes TEXT NOT NULL,
    territory_departments TEXT NOT NULL,
    territory_description TEXT NULL,
    exclusive INTEGER NOT NULL,
    sublicensing_allowed INTEGER NOT NULL,
    royalty_terms TEXT NULL,
    obligation_terms TEXT NOT NULL,
    exit_terms TEXT NULL,
    effective_date TEXT NOT NULL,
    end_date TEXT NULL,
    tacit_renewal INTEGER NOT NULL,
    renewal_months INTEGER NOT NULL,
    notice_days INTEGER NOT NULL,
    renewal_decision TEXT NOT NULL,
    status TEXT NOT NULL,
    signed_at TEXT NULL,
    activated_on TEXT NULL,
    suspended_on TEXT NULL,
    suspension_reason TEXT NULL,
    ended_on TEXT NULL,
    termination_ground TEXT NULL,
    terminated_by_id TEXT NULL,
    terminated_by_name TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ix_licences_licences_grantor ON licences_licences (grantor_organization_id, status);
CREATE INDEX ix_licences_licences_licensee ON licences_licences (licensee_organization_id, status);
CREATE INDEX ix_licences_licences_brand ON licences_licences (brand_key, status);
CREATE INDEX ix_licences_licences_due ON licences_licences (status, effective_date, end_date);

CREATE TABLE licences_amendments (
    id TEXT NOT NULL PRIMARY KEY,
    licence_id TEXT NOT NULL REFERENCES licences_licences (id),
    number INTEGER NOT NULL,
    effective_date TEXT NOT NULL,
    summary TEXT NOT NULL,
    royalty_terms TEXT NULL,
    obligation_terms TEXT NULL,
    created_at TEXT NOT NULL,
    created_by_id TEXT NULL,
    created_by_name TEXT NOT NULL,
    CONSTRAINT ux_licences_amendments_number UNIQUE (licence_id, number)
);

CREATE TABLE licences_history (
    id TEXT NOT NULL PRIMARY KEY,
    licence_id TEXT NOT NULL REFERENCES licences_licences (id),
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    details TEXT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_licences_history_position ON licences_history (licence_id, position);

CREATE TABLE licences_templates (
    id TEXT NOT NULL PRIMARY KEY,
    grantor_organization_id TEXT NOT NULL,
    name TEXT NOT NULL,
    brand_name TEXT NOT NULL,
    brand_inpi_number TEXT NULL,
    brand_nice_classes TEXT NOT NULL,
    brand_activities TEXT NOT NULL,
    royalty_terms TEXT NULL,
    obligation_terms TEXT NOT NULL,
    exit_terms TEXT NULL,
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_licences_templates_name ON licences_templates (grantor_organization_id, name);

CREATE TABLE licences_brand_uses (
    id TEXT NOT NULL PRIMARY KEY,
    licence_id TEXT NOT NULL REFERENCES licences_licences (id),
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    file_reference TEXT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    submitted_by_name TEXT NOT NULL,
    decided_at TEXT NULL,
    decided_by_name TEXT NULL,
    comment TEXT NULL
);

CREATE INDEX ix_licences_brand_uses_licence ON licences_brand_uses (licence_id, submitted_at);

CREATE TABLE licences_documents (
    id TEXT NOT NULL PRIMARY KEY,
    licence_id TEXT NOT NULL REFERENCES licences_licences (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_path TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by_id TEXT NULL,
    uploaded_by_name TEXT NOT NULL
);

CREATE INDEX ix_licences_documents_licence ON licences_documents (licence_id, uploaded_at);
