-- The contract kernel (docs/adr/0070): notice with a date of effect, every party's signature, the exit checklist.
ALTER TABLE licences_licences ADD COLUMN terminates_on TEXT NULL;
ALTER TABLE licences_licences ADD COLUMN notice_given_on TEXT NULL;
ALTER TABLE licences_licences ADD COLUMN terminated_by_party TEXT NULL;

CREATE INDEX ix_licences_licences_terminates ON licences_licences (status, terminates_on);

-- Amendments recorded before the kernel were in force at once: they count as signed when recorded.
ALTER TABLE licences_amendments ADD COLUMN signed_at TEXT NULL;
UPDATE licences_amendments SET signed_at = created_at;

CREATE TABLE licences_signatures (
    id TEXT NOT NULL PRIMARY KEY,
    licence_id TEXT NOT NULL REFERENCES licences_licences (id),
    amendment_number INTEGER NOT NULL,
    party TEXT NOT NULL,
    organization_id TEXT NOT NULL,
    organization_name TEXT NOT NULL,
    signed_by_id TEXT NULL,
    signed_by_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    CONSTRAINT ux_licences_signatures_party UNIQUE (licence_id, amendment_number, party)
);

CREATE TABLE licences_exit_checklist (
    id TEXT NOT NULL PRIMARY KEY,
    licence_id TEXT NOT NULL REFERENCES licences_licences (id),
    item TEXT NOT NULL,
    done_at TEXT NOT NULL,
    done_by_id TEXT NULL,
    done_by_name TEXT NOT NULL,
    note TEXT NULL,
    CONSTRAINT ux_licences_exit_checklist_item UNIQUE (licence_id, item)
);
