-- The contracts the module heard of, with what generation needs: cover, royalty grid, horizon reached.
CREATE TABLE dbo.obligations_contracts (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    kind NVARCHAR(20) NOT NULL,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    structure_organization_id UNIQUEIDENTIFIER NOT NULL,
    network_id UNIQUEIDENTIFIER NULL,
    title NVARCHAR(200) NOT NULL,
    effective_date DATE NOT NULL,
    end_date DATE NULL,
    royalty_months INT NULL,
    royalty_calendar_year BIT NULL,
    status NVARCHAR(20) NOT NULL,
    generated_until DATE NULL,
    updated_at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_obligations_contracts_horizon ON dbo.obligations_contracts (status, generated_until);

-- The obligation terms in force from each date: the activation's, then each amendment's.
CREATE TABLE dbo.obligations_terms (
    contract_id UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.obligations_contracts (id),
    valid_from DATE NOT NULL,
    terms NVARCHAR(MAX) NOT NULL,
    PRIMARY KEY (contract_id, valid_from)
);

CREATE TABLE dbo.obligations_suspensions (
    contract_id UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.obligations_contracts (id),
    suspended_on DATE NOT NULL,
    resumed_on DATE NULL,
    PRIMARY KEY (contract_id, suspended_on)
);

CREATE TABLE dbo.obligations_occurrences (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.obligations_contracts (id),
    contract_kind NVARCHAR(20) NOT NULL,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    structure_organization_id UNIQUEIDENTIFIER NOT NULL,
    network_id UNIQUEIDENTIFIER NULL,
    code NVARCHAR(20) NOT NULL,
    title NVARCHAR(200) NOT NULL,
    category NVARCHAR(20) NOT NULL,
    actor NVARCHAR(40) NOT NULL,
    evidence_kind NVARCHAR(20) NOT NULL,
    due_date DATE NOT NULL,
    period_start DATE NULL,
    period_end DATE NULL,
    opens_on DATE NOT NULL,
    escalation_date DATE NULL,
    state NVARCHAR(20) NOT NULL,
    generated_on DATE NOT NULL,
    submitted_on DATE NULL,
    indicators NVARCHAR(MAX) NULL,
    declaration_id UNIQUEIDENTIFIER NULL,
    declaration_version INT NULL,
    reason NVARCHAR(1000) NULL,
    version INT NOT NULL DEFAULT 1
);

-- The identity of an occurrence (obligation-terms.md): generating twice inserts nothing twice.
CREATE UNIQUE INDEX ux_obligations_occurrences_key ON dbo.obligations_occurrences (contract_id, code, due_date);
CREATE INDEX ix_obligations_occurrences_structure ON dbo.obligations_occurrences (structure_organization_id, due_date);
CREATE INDEX ix_obligations_occurrences_grantor ON dbo.obligations_occurrences (grantor_organization_id, due_date);
-- The compliance board reads only this index: a network's last 12 months, per structure.
CREATE INDEX ix_obligations_occurrences_board ON dbo.obligations_occurrences
    (network_id, due_date, structure_organization_id, state, submitted_on, category, contract_kind);
CREATE INDEX ix_obligations_occurrences_open ON dbo.obligations_occurrences (state, due_date)
    WHERE state IN ('Upcoming', 'Due', 'Rejected');
CREATE INDEX ix_obligations_occurrences_opening ON dbo.obligations_occurrences (opens_on) WHERE state = 'Upcoming';

CREATE TABLE dbo.obligations_history (
    id BIGINT IDENTITY(1, 1) NOT NULL PRIMARY KEY,
    occurrence_id UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.obligations_occurrences (id),
    at DATETIMEOFFSET NOT NULL,
    from_state NVARCHAR(20) NULL,
    to_state NVARCHAR(20) NOT NULL,
    actor_id UNIQUEIDENTIFIER NULL,
    actor_name NVARCHAR(200) NOT NULL,
    note NVARCHAR(1000) NULL
);

CREATE INDEX ix_obligations_history_occurrence ON dbo.obligations_history (occurrence_id, at);

CREATE TABLE dbo.obligations_files (
    id UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    occurrence_id UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.obligations_occurrences (id),
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_path NVARCHAR(400) NOT NULL,
    uploaded_at DATETIMEOFFSET NOT NULL,
    uploaded_by_id UNIQUEIDENTIFIER NULL,
    uploaded_by_name NVARCHAR(200) NOT NULL
);

CREATE INDEX ix_obligations_files_occurrence ON dbo.obligations_files (occurrence_id);

-- What is to be sent and what was: one row per occurrence, kind and offset, so each is decided once (docs/adr/0092).
CREATE TABLE dbo.obligations_reminders (
    occurrence_id UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.obligations_occurrences (id),
    kind NVARCHAR(20) NOT NULL,
    offset_days INT NOT NULL,
    remind_on DATE NOT NULL,
    sent_at DATETIMEOFFSET NULL,
    outcome NVARCHAR(20) NULL,
    batch_id UNIQUEIDENTIFIER NULL,
    PRIMARY KEY (occurrence_id, kind, offset_days)
);

CREATE INDEX ix_obligations_reminders_pending ON dbo.obligations_reminders (remind_on) WHERE sent_at IS NULL;
CREATE INDEX ix_obligations_reminders_batch ON dbo.obligations_reminders (batch_id) WHERE batch_id IS NOT NULL;
