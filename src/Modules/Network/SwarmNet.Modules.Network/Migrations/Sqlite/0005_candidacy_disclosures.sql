CREATE TABLE network_candidacy_disclosures (
    id TEXT NOT NULL PRIMARY KEY,
    candidacy_id TEXT NOT NULL REFERENCES network_candidacies (id),
    given_on TEXT NOT NULL,
    headings TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    storage_path TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by_id TEXT NULL,
    recorded_by_name TEXT NOT NULL
);

CREATE INDEX ix_network_candidacy_disclosures_candidacy ON network_candidacy_disclosures (candidacy_id, recorded_at);

ALTER TABLE network_candidacy_transitions ADD COLUMN kind TEXT NOT NULL DEFAULT 'StageChanged';
ALTER TABLE network_candidacy_transitions ADD COLUMN subject TEXT NULL;
