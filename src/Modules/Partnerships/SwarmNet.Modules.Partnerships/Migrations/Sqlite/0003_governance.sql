-- The steering committee's meetings (numbered per contract) and their decisions (numbered per contract: DEC-n obligations).
CREATE TABLE partnerships_meetings (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    number INTEGER NOT NULL,
    held_on TEXT NOT NULL,
    attendees TEXT NOT NULL,
    minutes TEXT NULL,
    minutes_document_id TEXT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by_id TEXT NULL,
    recorded_by_name TEXT NOT NULL,
    CONSTRAINT ux_partnerships_meetings_number UNIQUE (contract_id, number)
);

CREATE TABLE partnerships_decisions (
    id TEXT NOT NULL PRIMARY KEY,
    contract_id TEXT NOT NULL REFERENCES partnerships_contracts (id),
    meeting_id TEXT NOT NULL REFERENCES partnerships_meetings (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    owner_organization_id TEXT NOT NULL,
    due_date TEXT NOT NULL,
    CONSTRAINT ux_partnerships_decisions_number UNIQUE (contract_id, number)
);

CREATE INDEX ix_partnerships_decisions_meeting ON partnerships_decisions (meeting_id);
