ALTER TABLE network_checklist_template_items ADD COLUMN requires_file INTEGER NOT NULL DEFAULT 0;
ALTER TABLE network_candidacy_checklist_items ADD COLUMN requires_file INTEGER NOT NULL DEFAULT 0;
ALTER TABLE network_candidacy_checklist_items ADD COLUMN evidence_file_type TEXT NULL;
ALTER TABLE network_candidacy_checklist_items ADD COLUMN evidence_file_size INTEGER NULL;
ALTER TABLE network_candidacy_checklist_items ADD COLUMN evidence_file_sha256 TEXT NULL;
ALTER TABLE network_candidacy_checklist_items ADD COLUMN evidence_file_path TEXT NULL;
