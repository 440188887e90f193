-- Each partner's impact report per period (corrected in place, its version counting), and its values in hundredths:
-- one row per indicator (breakdown_code '') and per breakdown, carrying what aggregation filters on.
CREATE TABLE dbo.partnerships_reports (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_reports PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_reports_contract REFERENCES dbo.partnerships_contracts (id),
    organization_id UNIQUEIDENTIFIER NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    reported_at DATETIMEOFFSET NOT NULL,
    reported_by_id UNIQUEIDENTIFIER NULL,
    reported_by_name NVARCHAR(200) NOT NULL,
    version INT NOT NULL,
    CONSTRAINT ux_partnerships_reports_period UNIQUE (contract_id, organization_id, period_start, period_end)
);

CREATE TABLE dbo.partnerships_report_values (
    report_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_report_values_report REFERENCES dbo.partnerships_reports (id),
    contract_id UNIQUEIDENTIFIER NOT NULL,
    organization_id UNIQUEIDENTIFIER NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    indicator_code NVARCHAR(30) NOT NULL,
    breakdown_code NVARCHAR(30) NOT NULL,
    value_hundredths BIGINT NOT NULL,
    CONSTRAINT pk_partnerships_report_values PRIMARY KEY (report_id, indicator_code, breakdown_code)
);

CREATE INDEX ix_partnerships_report_values_contract ON dbo.partnerships_report_values (contract_id, period_end);
CREATE INDEX ix_partnerships_report_values_organization ON dbo.partnerships_report_values (organization_id, period_end);
