-- The steering committee's meetings (numbered per contract) and their decisions (numbered per contract: DEC-n obligations).
CREATE TABLE dbo.partnerships_meetings (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_meetings PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_meetings_contract REFERENCES dbo.partnerships_contracts (id),
    number INT NOT NULL,
    held_on DATE NOT NULL,
    attendees NVARCHAR(MAX) NOT NULL,
    minutes NVARCHAR(MAX) NULL,
    minutes_document_id UNIQUEIDENTIFIER NULL,
    recorded_at DATETIMEOFFSET NOT NULL,
    recorded_by_id UNIQUEIDENTIFIER NULL,
    recorded_by_name NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_partnerships_meetings_number UNIQUE (contract_id, number)
);

CREATE TABLE dbo.partnerships_decisions (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_decisions PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_decisions_contract REFERENCES dbo.partnerships_contracts (id),
    meeting_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_decisions_meeting REFERENCES dbo.partnerships_meetings (id),
    number INT NOT NULL,
    title NVARCHAR(150) NOT NULL,
    owner_organization_id UNIQUEIDENTIFIER NOT NULL,
    due_date DATE NOT NULL,
    CONSTRAINT ux_partnerships_decisions_number UNIQUE (contract_id, number)
);

CREATE INDEX ix_partnerships_decisions_meeting ON dbo.partnerships_decisions (meeting_id);
