-- A milestone or deliverable completed, once, with its evidence (a text, and a document of the contract when there is one).
CREATE TABLE partnerships_completions (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    milestone_code TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    evidence TEXT NOT NULL,
    document_id TEXT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by_id TEXT NULL,
    recorded_by_name TEXT NOT NULL,
    CONSTRAINT ux_partnerships_completions_milestone UNIQUE (contract_id, milestone_code)
);
