-- Agreements follow the contracts that carry royalty terms; declarations keep every version; statements and their
-- lines are frozen by triggers once approved (0002).
CREATE TABLE royalties_agreements (
    id TEXT NOT NULL PRIMARY KEY,
    contract_kind TEXT NOT NULL,
    grantor_organization_id TEXT NOT NULL,
    grantor_name TEXT NOT NULL,
    structure_organization_id TEXT NOT NULL,
    structure_name TEXT NOT NULL,
    network_id TEXT NULL,
    brand TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    end_date TEXT NULL,
    status TEXT NOT NULL,
    ended_on TEXT NULL,
    vat_exempt INTEGER NOT NULL,
    late_interest_rate TEXT NULL,
    payment_days INTEGER NOT NULL,
    declaration_due_days INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_royalties_agreements_grantor ON royalties_agreements (grantor_organization_id, status);
CREATE INDEX ix_royalties_agreements_structure ON royalties_agreements (structure_organization_id);

CREATE TABLE royalties_terms_versions (
    agreement_id TEXT NOT NULL REFERENCES royalties_agreements (id),
    number INTEGER NOT NULL,
    applies_from TEXT NOT NULL,
    terms TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (agreement_id, number)
);

CREATE TABLE royalties_suspensions (
    agreement_id TEXT NOT NULL REFERENCES royalties_agreements (id),
    from_date TEXT NOT NULL,
    to_date TEXT NULL,
    PRIMARY KEY (agreement_id, from_date)
);

CREATE TABLE royalties_declarations (
    id TEXT NOT NULL PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES royalties_agreements (id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    current_version INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_royalties_declarations_period ON royalties_declarations (agreement_id, period_start);

CREATE TABLE royalties_declaration_versions (
    declaration_id TEXT NOT NULL REFERENCES royalties_declarations (id),
    version INTEGER NOT NULL,
    no_activity INTEGER NOT NULL,
    revenue TEXT NOT NULL,
    total_cents INTEGER NOT NULL,
    sworn_name TEXT NOT NULL,
    sworn_on TEXT NOT NULL,
    sworn_text TEXT NOT NULL,
    declared_by_id TEXT NULL,
    declared_by_name TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    PRIMARY KEY (declaration_id, version)
);

CREATE TABLE royalties_statements (
    id TEXT NOT NULL PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES royalties_agreements (id),
    grantor_organization_id TEXT NOT NULL,
    structure_organization_id TEXT NOT NULL,
    network_id TEXT NULL,
    kind TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    royalty_year INTEGER NOT NULL,
    declared INTEGER NOT NULL,
    declaration_version INTEGER NULL,
    terms_version INTEGER NOT NULL,
    vat_rate TEXT NOT NULL,
    vat_exempt INTEGER NOT NULL,
    total_excl_vat_cents INTEGER NOT NULL,
    vat_cents INTEGER NOT NULL,
    total_incl_vat_cents INTEGER NOT NULL,
    state TEXT NOT NULL,
    corrects_statement_id TEXT NULL,
    invoice_year INTEGER NULL,
    invoice_number INTEGER NULL,
    issued_on TEXT NULL,
    due_on TEXT NULL,
    invoice_parties TEXT NULL,
    late_interest_rate TEXT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX ux_royalties_statements_period ON royalties_statements (agreement_id, period_start) WHERE kind = 'period';
CREATE UNIQUE INDEX ux_royalties_statements_invoice ON royalties_statements (grantor_organization_id, invoice_year, invoice_number) WHERE invoice_number IS NOT NULL;
CREATE INDEX ix_royalties_statements_queue ON royalties_statements (grantor_organization_id, state, period_start);
CREATE INDEX ix_royalties_statements_structure ON royalties_statements (structure_organization_id, period_start);
CREATE INDEX ix_royalties_statements_agreement ON royalties_statements (agreement_id, royalty_year);

CREATE TABLE royalties_statement_lines (
    statement_id TEXT NOT NULL REFERENCES royalties_statements (id),
    line_no INTEGER NOT NULL,
    corrected_statement_id TEXT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    account TEXT NOT NULL,
    base_cents INTEGER NULL,
    amount_cents INTEGER NOT NULL,
    detail TEXT NULL,
    PRIMARY KEY (statement_id, line_no)
);

CREATE TABLE royalties_adjustment_periods (
    statement_id TEXT NOT NULL REFERENCES royalties_statements (id),
    corrected_statement_id TEXT NOT NULL REFERENCES royalties_statements (id),
    excl_vat_cents INTEGER NOT NULL,
    vat_cents INTEGER NOT NULL,
    PRIMARY KEY (statement_id, corrected_statement_id)
);
CREATE INDEX ix_royalties_adjustment_periods_corrected ON royalties_adjustment_periods (corrected_statement_id);

CREATE TABLE royalties_statement_history (
    statement_id TEXT NOT NULL REFERENCES royalties_statements (id),
    seq INTEGER NOT NULL,
    action TEXT NOT NULL,
    state TEXT NOT NULL,
    comment TEXT NULL,
    actor_id TEXT NULL,
    actor_name TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (statement_id, seq)
);

CREATE TABLE royalties_payments (
    id TEXT NOT NULL PRIMARY KEY,
    statement_id TEXT NOT NULL REFERENCES royalties_statements (id),
    paid_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    reference TEXT NOT NULL,
    recorded_by_id TEXT NULL,
    recorded_by_name TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX ix_royalties_payments_statement ON royalties_payments (statement_id, paid_on);
