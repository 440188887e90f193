CREATE TABLE dbo.network_candidacies (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_candidacies PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_candidacies_network REFERENCES dbo.network_networks (id),
    structure_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_candidacies_structure REFERENCES dbo.network_organizations (id),
    model NVARCHAR(200) NOT NULL,
    territory NVARCHAR(200) NOT NULL,
    stage NVARCHAR(20) NOT NULL,
    closing_reason NVARCHAR(1000) NULL,
    contract_id UNIQUEIDENTIFIER NULL,
    opened_at DATETIMEOFFSET NOT NULL,
    stage_changed_at DATETIMEOFFSET NOT NULL,
    version INT NOT NULL CONSTRAINT df_network_candidacies_version DEFAULT 1
);

CREATE INDEX ix_network_candidacies_network_stage ON dbo.network_candidacies (network_id, stage, stage_changed_at);
CREATE INDEX ix_network_candidacies_structure ON dbo.network_candidacies (structure_id, network_id);

CREATE TABLE dbo.network_candidacy_checklist_items (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_candidacy_checklist_items PRIMARY KEY,
    candidacy_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_candidacy_checklist_items_candidacy REFERENCES dbo.network_candidacies (id),
    position INT NOT NULL,
    code NVARCHAR(40) NOT NULL,
    label NVARCHAR(300) NOT NULL,
    mandatory BIT NOT NULL,
    done BIT NOT NULL CONSTRAINT df_network_candidacy_checklist_items_done DEFAULT 0,
    evidence_note NVARCHAR(2000) NULL,
    evidence_date DATE NULL,
    evidence_file NVARCHAR(300) NULL,
    ticked_by UNIQUEIDENTIFIER NULL,
    ticked_at DATETIMEOFFSET NULL
);

CREATE INDEX ix_network_candidacy_checklist_items_candidacy ON dbo.network_candidacy_checklist_items (candidacy_id, position);

CREATE TABLE dbo.network_candidacy_transitions (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_network_candidacy_transitions PRIMARY KEY,
    candidacy_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_network_candidacy_transitions_candidacy REFERENCES dbo.network_candidacies (id),
    from_stage NVARCHAR(20) NULL,
    to_stage NVARCHAR(20) NOT NULL,
    comment NVARCHAR(2000) NULL,
    actor_id UNIQUEIDENTIFIER NULL,
    actor_name NVARCHAR(200) NOT NULL,
    at DATETIMEOFFSET NOT NULL
);

CREATE INDEX ix_network_candidacy_transitions_candidacy ON dbo.network_candidacy_transitions (candidacy_id, at);
