ALTER TABLE dbo.network_checklist_template_items ADD
    requires_file BIT NOT NULL CONSTRAINT df_network_checklist_template_items_requires_file DEFAULT 0;

ALTER TABLE dbo.network_candidacy_checklist_items ADD
    requires_file BIT NOT NULL CONSTRAINT df_network_candidacy_checklist_items_requires_file DEFAULT 0,
    evidence_file_type NVARCHAR(100) NULL,
    evidence_file_size BIGINT NULL,
    evidence_file_sha256 CHAR(64) NULL,
    evidence_file_path NVARCHAR(400) NULL;
