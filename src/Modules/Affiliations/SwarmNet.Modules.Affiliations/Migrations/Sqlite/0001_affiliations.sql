-- Affiliation agreements: the contract kernel's columns (docs/adr/0070) and the module's own (network name, signs, services).
CREATE TABLE affiliations_contracts (
    id TEXT NOT NULL PRIMARY KEY,
    grantor_organization_id TEXT NOT NULL,
    grantor_name TEXT NOT NULL,
    grantee_organization_id TEXT NOT NULL,
    grantee_name TEXT NOT NULL,
    network_id TEXT NOT NULL,
    network_name TEXT NOT NULL,
    candidacy_id TEXT NULL,
    distinctive_signs TEXT NOT NULL,
    services TEXT NOT NULL,
    exclusive INTEGER NOT NULL,
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
    terminated_by_party TEXT NULL,
    terminates_on TEXT NULL,
    notice_given_on TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ix_affiliations_contracts_grantor ON affiliations_contracts (grantor_organization_id, status);
CREATE INDEX ix_affiliations_contracts_grantee ON affiliations_contracts (grantee_organization_id, status);
CREATE INDEX ix_affiliations_contracts_network ON affiliations_contracts (network_id, status);
CREATE INDEX ix_affiliations_contracts_due ON affiliations_contracts (status, effective_date, end_date);
CREATE INDEX ix_affiliations_contracts_terminates ON affiliations_contracts (status, terminates_on);

CREATE TABLE affiliations_amendments (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    number INTEGER NOT NULL,
    effective_date TEXT NOT NULL,
    summary TEXT NOT NULL,
    royalty_terms TEXT NULL,
    obligation_terms TEXT NULL,
    created_at TEXT NOT NULL,
    created_by_id TEXT NULL,
    created_by_name TEXT NOT NULL,
    signed_at TEXT NULL,
    CONSTRAINT ux_affiliations_amendments_number UNIQUE (contract_id, number)
);

CREATE TABLE affiliations_history (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    details TEXT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_affiliations_history_position ON affiliations_history (contract_id, position);

CREATE TABLE affiliations_signatures (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    amendment_number INTEGER NOT NULL,
    party TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    organization_name TEXT NOT NULL,
    signed_by_id TEXT NULL,
    signed_by_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    CONSTRAINT ux_affiliations_signatures_party UNIQUE (contract_id, amendment_number, party)
);

CREATE TABLE affiliations_documents (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_path TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by_id TEXT NULL,
    uploaded_by_name TEXT NOT NULL
);

CREATE INDEX ix_affiliations_documents_contract ON affiliations_documents (contract_id, uploaded_at);

CREATE TABLE affiliations_exit_checklist (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    item TEXT NOT NULL,
    done_at TEXT NOT NULL,
    done_by_id TEXT NULL,
    done_by_name TEXT NOT NULL,
    note TEXT NULL,
    CONSTRAINT ux_affiliations_exit_checklist_item UNIQUE (contract_id, item)
);

CREATE TABLE affiliations_templates (
    id TEXT NOT NULL PRIMARY KEY,
    grantor_organization_id TEXT NOT NULL,
    name TEXT NOT NULL,
    distinctive_signs TEXT NOT NULL,
    services TEXT NOT NULL,
    royalty_terms TEXT NULL,
    obligation_terms TEXT NOT NULL,
    exit_terms TEXT NULL,
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_affiliations_templates_name ON affiliations_templates (grantor_organization_id, name);
