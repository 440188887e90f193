-- Agreements follow the contracts that carry royalty terms; declarations keep every version; statements and their
-- lines are frozen by triggers once approved (0002).
CREATE TABLE dbo.royalties_agreements (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_royalties_agreements PRIMARY KEY,
    contract_kind NVARCHAR(20) NOT NULL,
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    grantor_name NVARCHAR(200) NOT NULL,
    structure_organization_id UNIQUEIDENTIFIER NOT NULL,
    structure_name NVARCHAR(200) NOT NULL,
    network_id UNIQUEIDENTIFIER NULL,
    brand NVARCHAR(150) NOT NULL,
    effective_date DATE NOT NULL,
    end_date DATE NULL,
    status NVARCHAR(20) NOT NULL,
    ended_on DATE NULL,
    vat_exempt BIT NOT NULL,
    late_interest_rate NVARCHAR(20) NULL,
    payment_days INT NOT NULL,
    declaration_due_days INT NOT NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_royalties_agreements_grantor ON dbo.royalties_agreements (grantor_organization_id, status);
CREATE INDEX ix_royalties_agreements_structure ON dbo.royalties_agreements (structure_organization_id);

CREATE TABLE dbo.royalties_terms_versions (
    agreement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_terms_versions_agreement REFERENCES dbo.royalties_agreements (id),
    number INT NOT NULL,
    applies_from DATE NOT NULL,
    terms NVARCHAR(MAX) NOT NULL,
    recorded_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_royalties_terms_versions PRIMARY KEY (agreement_id, number)
);

CREATE TABLE dbo.royalties_suspensions (
    agreement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_suspensions_agreement REFERENCES dbo.royalties_agreements (id),
    from_date DATE NOT NULL,
    to_date DATE NULL,
    CONSTRAINT pk_royalties_suspensions PRIMARY KEY (agreement_id, from_date)
);

CREATE TABLE dbo.royalties_declarations (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_royalties_declarations PRIMARY KEY,
    agreement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_declarations_agreement REFERENCES dbo.royalties_agreements (id),
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    current_version INT NOT NULL
);
CREATE UNIQUE INDEX ux_royalties_declarations_period ON dbo.royalties_declarations (agreement_id, period_start);

CREATE TABLE dbo.royalties_declaration_versions (
    declaration_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_declaration_versions_declaration REFERENCES dbo.royalties_declarations (id),
    version INT NOT NULL,
    no_activity BIT NOT NULL,
    revenue NVARCHAR(MAX) NOT NULL,
    total_cents BIGINT NOT NULL,
    sworn_name NVARCHAR(200) NOT NULL,
    sworn_on DATE NOT NULL,
    sworn_text NVARCHAR(1000) NOT NULL,
    declared_by_id UNIQUEIDENTIFIER NULL,
    declared_by_name NVARCHAR(200) NOT NULL,
    declared_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_royalties_declaration_versions PRIMARY KEY (declaration_id, version)
);

CREATE TABLE dbo.royalties_statements (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_royalties_statements PRIMARY KEY,
    agreement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_statements_agreement REFERENCES dbo.royalties_agreements (id),
    grantor_organization_id UNIQUEIDENTIFIER NOT NULL,
    structure_organization_id UNIQUEIDENTIFIER NOT NULL,
    network_id UNIQUEIDENTIFIER NULL,
    kind NVARCHAR(20) NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    royalty_year INT NOT NULL,
    declared BIT NOT NULL,
    declaration_version INT NULL,
    terms_version INT NOT NULL,
    vat_rate NVARCHAR(20) NOT NULL,
    vat_exempt BIT NOT NULL,
    total_excl_vat_cents BIGINT NOT NULL,
    vat_cents BIGINT NOT NULL,
    total_incl_vat_cents BIGINT NOT NULL,
    state NVARCHAR(20) NOT NULL,
    corrects_statement_id UNIQUEIDENTIFIER NULL,
    invoice_year INT NULL,
    invoice_number INT NULL,
    issued_on DATE NULL,
    due_on DATE NULL,
    invoice_parties NVARCHAR(MAX) NULL,
    late_interest_rate NVARCHAR(20) NULL,
    created_at DATETIMEOFFSET NOT NULL,
    updated_at DATETIMEOFFSET NOT NULL,
    version INT NOT NULL CONSTRAINT df_royalties_statements_version DEFAULT 1
);
CREATE UNIQUE INDEX ux_royalties_statements_period ON dbo.royalties_statements (agreement_id, period_start) WHERE kind = N'period';
CREATE UNIQUE INDEX ux_royalties_statements_invoice ON dbo.royalties_statements (grantor_organization_id, invoice_year, invoice_number) WHERE invoice_number IS NOT NULL;
CREATE INDEX ix_royalties_statements_queue ON dbo.royalties_statements (grantor_organization_id, state, period_start);
CREATE INDEX ix_royalties_statements_structure ON dbo.royalties_statements (structure_organization_id, period_start);
CREATE INDEX ix_royalties_statements_agreement ON dbo.royalties_statements (agreement_id, royalty_year);

CREATE TABLE dbo.royalties_statement_lines (
    statement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_statement_lines_statement REFERENCES dbo.royalties_statements (id),
    line_no INT NOT NULL,
    corrected_statement_id UNIQUEIDENTIFIER NULL,
    kind NVARCHAR(20) NOT NULL,
    label NVARCHAR(200) NOT NULL,
    account NVARCHAR(30) NOT NULL,
    base_cents BIGINT NULL,
    amount_cents BIGINT NOT NULL,
    detail NVARCHAR(MAX) NULL,
    CONSTRAINT pk_royalties_statement_lines PRIMARY KEY (statement_id, line_no)
);

CREATE TABLE dbo.royalties_adjustment_periods (
    statement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_adjustment_periods_statement REFERENCES dbo.royalties_statements (id),
    corrected_statement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_adjustment_periods_corrected REFERENCES dbo.royalties_statements (id),
    excl_vat_cents BIGINT NOT NULL,
    vat_cents BIGINT NOT NULL,
    CONSTRAINT pk_royalties_adjustment_periods PRIMARY KEY (statement_id, corrected_statement_id)
);
CREATE INDEX ix_royalties_adjustment_periods_corrected ON dbo.royalties_adjustment_periods (corrected_statement_id);

CREATE TABLE dbo.royalties_statement_history (
    statement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_statement_history_statement REFERENCES dbo.royalties_statements (id),
    seq INT NOT NULL,
    action NVARCHAR(30) NOT NULL,
    state NVARCHAR(20) NOT NULL,
    comment NVARCHAR(2000) NULL,
    actor_id UNIQUEIDENTIFIER NULL,
    actor_name NVARCHAR(200) NOT NULL,
    at DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_royalties_statement_history PRIMARY KEY (statement_id, seq)
);

CREATE TABLE dbo.royalties_payments (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_royalties_payments PRIMARY KEY,
    statement_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_royalties_payments_statement REFERENCES dbo.royalties_statements (id),
    paid_on DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    reference NVARCHAR(100) NOT NULL,
    recorded_by_id UNIQUEIDENTIFIER NULL,
    recorded_by_name NVARCHAR(200) NOT NULL,
    recorded_at DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_royalties_payments_statement ON dbo.royalties_payments (statement_id, paid_on);
