-- The contract kernel (docs/adr/0070): notice with a date of effect, every party's signature, the exit checklist.
ALTER TABLE dbo.licences_licences ADD terminates_on DATE NULL, notice_given_on DATE NULL, terminated_by_party NVARCHAR(20) NULL;
GO

CREATE INDEX ix_licences_licences_terminates ON dbo.licences_licences (status, terminates_on);

-- Amendments recorded before the kernel were in force at once: they count as signed when recorded.
ALTER TABLE dbo.licences_amendments ADD signed_at DATETIMEOFFSET NULL;
GO

UPDATE dbo.licences_amendments SET signed_at = created_at;

CREATE TABLE dbo.licences_signatures (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_signatures PRIMARY KEY,
    licence_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_licences_signatures_licence REFERENCES dbo.licences_licences (id),
    amendment_number INT NOT NULL,
    party NVARCHAR(20) NOT NULL,
    organization_id UNIQUEIDENTIFIER NOT NULL,
    organization_name NVARCHAR(200) NOT NULL,
    signed_by_id UNIQUEIDENTIFIER NULL,
    signed_by_name NVARCHAR(200) NOT NULL,
    signed_at DATETIMEOFFSET NOT NULL,
    CONSTRAINT ux_licences_signatures_party UNIQUE (licence_id, amendment_number, party)
);

CREATE TABLE dbo.licences_exit_checklist (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_licences_exit_checklist PRIMARY KEY,
    licence_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_licences_exit_checklist_licence REFERENCES dbo.licences_licences (id),
    item NVARCHAR(20) NOT NULL,
    done_at DATETIMEOFFSET NOT NULL,
    done_by_id UNIQUEIDENTIFIER NULL,
    done_by_name NVARCHAR(200) NOT NULL,
    note NVARCHAR(1000) NULL,
    CONSTRAINT ux_licences_exit_checklist_item UNIQUE (licence_id, item)
);
