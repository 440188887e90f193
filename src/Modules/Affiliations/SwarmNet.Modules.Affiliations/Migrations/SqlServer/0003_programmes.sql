-- Collective programmes (docs/adr/0124): each network defines its own, kept here by network id (Network owns the networks);
-- an agreement records the ones its affiliate takes part in, from a day, until it leaves.
CREATE TABLE dbo.affiliations_programmes (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_affiliations_programmes PRIMARY KEY,
    network_id UNIQUEIDENTIFIER NOT NULL,
    kind NVARCHAR(20) NOT NULL,
    name NVARCHAR(150) NOT NULL,
    description NVARCHAR(2000) NULL,
    created_on DATE NOT NULL,
    created_by_name NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_affiliations_programmes_name UNIQUE (network_id, name)
);

CREATE TABLE dbo.affiliations_programme_participations (
    programme_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_programme_participations_programme REFERENCES dbo.affiliations_programmes (id),
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_affiliations_programme_participations_contract REFERENCES dbo.affiliations_contracts (id),
    joined_on DATE NOT NULL,
    joined_by_name NVARCHAR(200) NOT NULL,
    left_on DATE NULL,
    CONSTRAINT pk_affiliations_programme_participations PRIMARY KEY (programme_id, contract_id)
);

CREATE INDEX ix_affiliations_programme_participations_contract ON dbo.affiliations_programme_participations (contract_id, programme_id);
