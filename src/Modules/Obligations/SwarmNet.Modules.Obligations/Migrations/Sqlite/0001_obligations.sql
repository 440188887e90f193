-- The contracts the module heard of, with what generation needs: cover, royalty grid, horizon reached.
CREATE TABLE obligations_contracts (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    grantor_organization_id TEXT NOT NULL,
    structure_organization_id TEXT NOT NULL,
    network_id TEXT NULL,
    title TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    end_date TEXT NULL,
    royalty_months INTEGER NULL,
    royalty_calendar_year INTEGER NULL,
    status TEXT NOT NULL,
    generated_until TEXT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX ix_obligations_contracts_horizon ON obligations_contracts (status, generated_until);

-- The obligation terms in force from each date: the activation's, then each amendment's.
CREATE TABLE obligations_terms (
    contract_id TEXT NOT NULL REFERENCES obligations_contracts (id),
    valid_from TEXT NOT NULL,
    terms TEXT NOT NULL,
    PRIMARY KEY (contract_id, valid_from)
);

CREATE TABLE obligations_suspensions (
    contract_id TEXT NOT NULL REFERENCES obligations_contracts (id),
    suspended_on TEXT NOT NULL,
    resumed_on TEXT NULL,
    PRIMARY KEY (contract_id, suspended_on)
);

CREATE TABLE obligations_occurrences (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES obligations_contracts (id),
    contract_kind TEXT NOT NULL,
    grantor_organization_id TEXT NOT NULL,
    structure_organization_id TEXT NOT NULL,
    network_id TEXT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    actor TEXT NOT NULL,
    evidence_kind TEXT NOT NULL,
    due_date TEXT NOT NULL,
    period_start TEXT NULL,
    period_end TEXT NULL,
    opens_on TEXT NOT NULL,
    escalation_date TEXT NULL,
    state TEXT NOT NULL,
    generated_on TEXT NOT NULL,
    submitted_on TEXT NULL,
    indicators TEXT NULL,
    declaration_id TEXT NULL,
    declaration_version INTEGER NULL,
    reason TEXT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

-- The identity of an occurrence (obligation-terms.md): generating twice inserts nothing twice.
CREATE UNIQUE INDEX ux_obligations_occurrences_key ON obligations_occurrences (contract_id, code, due_date);
CREATE INDEX ix_obligations_occurrences_structure ON obligations_occurrences (structure_organization_id, due_date);
CREATE INDEX ix_obligations_occurrences_grantor ON obligations_occurrences (grantor_organization_id, due_date);
-- The compliance board reads only this index: a network's last 12 months, per structure.
CREATE INDEX ix_obligations_occurrences_board ON obligations_occurrences
    (network_id, due_date, structure_organization_id, state, submitted_on, category, contract_kind);
CREATE INDEX ix_obligations_occurrences_open ON obligations_occurrences (state, due_date)
    WHERE state IN ('Upcoming', 'Due', 'Rejected');
CREATE INDEX ix_obligations_occurrences_opening ON obligations_occurrences (opens_on) WHERE state = 'Upcoming';

CREATE TABLE obligations_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurrence_id TEXT NOT NULL REFERENCES obligations_occurrences (id),
    at TEXT NOT NULL,
    from_state TEXT NULL,
    to_state TEXT NOT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    note TEXT NULL
);

CREATE INDEX ix_obligations_history_occurrence ON obligations_history (occurrence_id, at);

CREATE TABLE obligations_files (
    id TEXT NOT NULL PRIMARY KEY,
    occurrence_id TEXT NOT NULL REFERENCES obligations_occurrences (id),
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_path TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    uploaded_by_id TEXT NULL,
    uploaded_by_name TEXT NOT NULL
);

CREATE INDEX ix_obligations_files_occurrence ON obligations_files (occurrence_id);

-- What is to be sent and what was: one row per occurrence, kind and offset, so each is decided once (docs/adr/0092).
CREATE TABLE obligations_reminders (
    occurrence_id TEXT NOT NULL REFERENCES obligations_occurrences (id),
    kind TEXT NOT NULL,
    offset_days INTEGER NOT NULL,
    remind_on TEXT NOT NULL,
    sent_at TEXT NULL,
    outcome TEXT NULL,
    batch_id TEXT NULL,
    PRIMARY KEY (occurrence_id, kind, offset_days)
);

CREATE INDEX ix_obligations_reminders_pending ON obligations_reminders (remind_on) WHERE sent_at IS NULL;
CREATE INDEX ix_obligations_reminders_batch ON obligations_reminders (batch_id) WHERE batch_id IS NOT NULL;
