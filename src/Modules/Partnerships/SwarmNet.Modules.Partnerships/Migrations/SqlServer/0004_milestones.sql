-- A milestone or deliverable completed, once, with its evidence (a text, and a document of the contract when there is one).
CREATE TABLE dbo.partnerships_completions (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_completions PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_completions_contract REFERENCES dbo.partnerships_contracts (id),
    milestone_code NVARCHAR(20) NOT NULL,
    completed_on DATE NOT NULL,
    evidence NVARCHAR(2000) NOT NULL,
    document_id UNIQUEIDENTIFIER NULL,
    recorded_at DATETIMEOFFSET NOT NULL,
    recorded_by_id UNIQUEIDENTIFIER NULL,
    recorded_by_name NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_partnerships_completions_milestone UNIQUE (contract_id, milestone_code)
);
