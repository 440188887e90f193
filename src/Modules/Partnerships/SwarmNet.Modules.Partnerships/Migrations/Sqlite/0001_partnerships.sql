-- Partnership contracts on the contract kernel (docs/adr/0070, 0130): the kernel's columns, the lead partner on the grantor's
-- side and the host structure on the grantee's; the partnership's own content as JSON; every partner in its own table.
CREATE TABLE partnerships_contracts (
    id TEXT NOT NULL PRIMARY KEY,
    grantor_organization_id TEXT NOT NULL,
    grantor_name TEXT NOT NULL,
    structure_organization_id TEXT NOT NULL,
    structure_name TEXT NOT NULL,
    network_id TEXT NULL,
    candidacy_id TEXT NULL,
    exclusive INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    objective TEXT NOT NULL,
    content TEXT NOT NULL,
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

CREATE INDEX ix_partnerships_contracts_network ON partnerships_contracts (network_id, status);
CREATE INDEX ix_partnerships_contracts_due ON partnerships_contracts (status, effective_date, end_date);
CREATE INDEX ix_partnerships_contracts_terminates ON partnerships_contracts (status, terminates_on);

-- Every partner sees the contract: visibility is one seek on (organization_id, contract_id).
CREATE TABLE partnerships_partners (
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    organization_id TEXT NOT NULL,
    organization_name TEXT NOT NULL,
    organization_kind TEXT NOT NULL,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    signatory_name TEXT NOT NULL,
    signatory_title TEXT NOT NULL,
    PRIMARY KEY (contract_id, organization_id)
);

CREATE INDEX ix_partnerships_partners_organization ON partnerships_partners (organization_id, contract_id);

CREATE TABLE partnerships_amendments (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    number INTEGER NOT NULL,
    effective_date TEXT NOT NULL,
    summary TEXT NOT NULL,
    royalty_terms TEXT NULL,
    obligation_terms TEXT NULL,
    created_at TEXT NOT NULL,
    created_by_id TEXT NULL,
    created_by_name TEXT NOT NULL,
    signed_at TEXT NULL,
    CONSTRAINT ux_partnerships_amendments_number UNIQUE (contract_id, number)
);

CREATE TABLE partnerships_history (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    position INTEGER NOT NULL,
    action TEXT NOT NULL,
    details TEXT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_partnerships_history_position ON partnerships_history (contract_id, position);

-- One row per partner and amendment (0: the contract): a partner is its side and its organisation.
CREATE TABLE partnerships_signatures (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    amendment_number INTEGER NOT NULL,
    party TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    organization_name TEXT NOT NULL,
    signed_by_id TEXT NULL,
    signed_by_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    CONSTRAINT ux_partnerships_signatures_party UNIQUE (contract_id, amendment_number, party, organization_id)
);

CREATE TABLE partnerships_exit_checklist (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    item TEXT NOT NULL,
    done_at TEXT NOT NULL,
    done_by_id TEXT NULL,
    done_by_name TEXT NOT NULL,
    note TEXT NULL,
    CONSTRAINT ux_partnerships_exit_checklist_item UNIQUE (contract_id, item)
);

CREATE TABLE partnerships_documents (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_path TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by_id TEXT NULL,
    uploaded_by_name TEXT NOT NULL
);

CREATE INDEX ix_partnerships_documents_contract ON partnerships_documents (contract_id, uploaded_at);

-- A network head's standard partnership: its content and terms, without partners or dates.
CREATE TABLE partnerships_templates (
    id TEXT NOT NULL PRIMARY KEY,
    grantor_organization_id TEXT NOT NULL,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by_name TEXT NOT NULL
);

CREATE UNIQUE INDEX ux_partnerships_templates_name ON partnerships_templates (grantor_organization_id, name);
