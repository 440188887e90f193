-- The charter of each network (docs/adr/0121): its numbered versions, kept here by network id (Network owns the networks),
-- and each affiliate's acknowledgement of each version pushed to it, with who and when.
CREATE TABLE affiliations_charter_versions (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    summary TEXT NOT NULL,
    text TEXT NULL,
    file_name TEXT NULL,
    content_type TEXT NULL,
    size_bytes INTEGER NULL,
    sha256 TEXT NULL,
    storage_path TEXT NULL,
    published_on TEXT NOT NULL,
    acknowledge_within_days INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    published_by_id TEXT NULL,
    published_by_name TEXT NOT NULL,
    CONSTRAINT ux_affiliations_charter_versions_number UNIQUE (network_id, number)
);

CREATE TABLE affiliations_charter_acknowledgements (
    version_id TEXT NOT NULL REFERENCES affiliations_charter_versions (id),
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    network_id TEXT NOT NULL,
    number INTEGER NOT NULL,
    affiliate_organization_id TEXT NOT NULL,
    requested_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    acknowledged_at TEXT NULL,
    acknowledged_on TEXT NULL,
    acknowledged_by_id TEXT NULL,
    acknowledged_by_name TEXT NULL,
    PRIMARY KEY (version_id, contract_id)
);

CREATE INDEX ix_affiliations_charter_acknowledgements_contract ON affiliations_charter_acknowledgements (contract_id, number);
CREATE INDEX ix_affiliations_charter_acknowledgements_network ON affiliations_charter_acknowledgements (network_id, number, due_on);
