CREATE TABLE network_candidacies (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL REFERENCES network_networks (id),
    structure_id TEXT NOT NULL REFERENCES network_organizations (id),
    model TEXT NOT NULL,
    territory TEXT NOT NULL,
    stage TEXT NOT NULL,
    closing_reason TEXT NULL,
    contract_id TEXT NULL,
    opened_at TEXT NOT NULL,
    stage_changed_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ix_network_candidacies_network_stage ON network_candidacies (network_id, stage, stage_changed_at);
CREATE INDEX ix_network_candidacies_structure ON network_candidacies (structure_id, network_id);

CREATE TABLE network_candidacy_checklist_items (
    id TEXT NOT NULL PRIMARY KEY,
    candidacy_id TEXT NOT NULL REFERENCES network_candidacies (id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    mandatory INTEGER NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    evidence_note TEXT NULL,
    evidence_date TEXT NULL,
    evidence_file TEXT NULL,
    ticked_by TEXT NULL,
    ticked_at TEXT NULL
);

CREATE INDEX ix_network_candidacy_checklist_items_candidacy ON network_candidacy_checklist_items (candidacy_id, position);

CREATE TABLE network_candidacy_transitions (
    id TEXT NOT NULL PRIMARY KEY,
    candidacy_id TEXT NOT NULL REFERENCES network_candidacies (id),
    from_stage TEXT NULL,
    to_stage TEXT NOT NULL,
    comment TEXT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE INDEX ix_network_candidacy_transitions_candidacy ON network_candidacy_transitions (candidacy_id, at);
