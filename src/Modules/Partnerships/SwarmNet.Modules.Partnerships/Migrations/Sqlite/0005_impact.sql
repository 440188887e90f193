-- Each partner's impact report per period (corrected in place, its version counting), and its values in hundredths:
-- one row per indicator (breakdown_code '') and per breakdown, carrying what aggregation filters on.
CREATE TABLE partnerships_reports (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    organization_id TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    reported_by_id TEXT NULL,
    reported_by_name TEXT NOT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT ux_partnerships_reports_period UNIQUE (contract_id, organization_id, period_start, period_end)
);

CREATE TABLE partnerships_report_values (
    report_id TEXT NOT NULL REFERENCES partnerships_reports (id),
    contract_id TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    indicator_code TEXT NOT NULL,
    breakdown_code TEXT NOT NULL,
    value_hundredths INTEGER NOT NULL,
    PRIMARY KEY (report_id, indicator_code, breakdown_code)
);

CREATE INDEX ix_partnerships_report_values_contract ON partnerships_report_values (contract_id, period_end);
CREATE INDEX ix_partnerships_report_values_organization ON partnerships_report_values (organization_id, period_end);
