CREATE TABLE dbo.network_candidacy_disclosures (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_candidacy_disclosures PRIMARY KEY,
    candidacy_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_candidacy_disclosures_candidacy REFERENCES dbo.network_candidacies (id),
    given_on DATE NOT NULL,
    headings NVARCHAR(200) NOT NULL,
    file_name NVARCHAR(200) NOT NULL,
    content_type NVARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    storage_path NVARCHAR(400) NOT NULL,
    recorded_at DATETIMEOFFSET NOT NULL,
    recorded_by_id UNIQUEIDENTIFIER NULL,
    recorded_by_name NVARCHAR(200) NOT NULL
);

CREATE INDEX ix_network_candidacy_disclosures_candidacy ON dbo.network_candidacy_disclosures (candidacy_id, recorded_at);

ALTER TABLE dbo.network_candidacy_transitions ADD
    kind NVARCHAR(30) NOT NULL CONSTRAINT df_network_candidacy_transitions_kind DEFAULT 'StageChanged',
    subject NVARCHAR(300) NULL;
