ALTER TABLE network_organizations ADD COLUMN legal_form TEXT NOT NULL DEFAULT 'Other';
ALTER TABLE network_organizations ADD COLUMN address TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN postal_code TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN iae_approval TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN referent_name TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN referent_role TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN referent_email TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN referent_phone TEXT NULL;
ALTER TABLE network_organizations ADD COLUMN referent_time_percent INTEGER NULL;
ALTER TABLE network_organizations ADD COLUMN registered_by_organization_id TEXT NULL REFERENCES network_organizations (id);

CREATE INDEX ix_network_organizations_registered_by ON network_organizations (registered_by_organization_id);
