-- What each partner delivered of its contributions (apports): one row per instalment, or per contribution in kind or time.
CREATE TABLE partnerships_deliveries (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    contribution_code TEXT NOT NULL,
    number INTEGER NOT NULL,
    delivered_on TEXT NOT NULL,
    value_cents INTEGER NOT NULL,
    note TEXT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by_id TEXT NULL,
    recorded_by_name TEXT NOT NULL,
    CONSTRAINT ux_partnerships_deliveries_item UNIQUE (contract_id, contribution_code, number)
);
