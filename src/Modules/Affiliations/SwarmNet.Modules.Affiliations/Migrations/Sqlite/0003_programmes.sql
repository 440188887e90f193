-- Collective programmes (docs/adr/0124): each network defines its own, kept here by network id (Network owns the networks);
-- an agreement records the ones its affiliate takes part in, from a day, until it leaves.
CREATE TABLE affiliations_programmes (
    id TEXT NOT NULL PRIMARY KEY,
    network_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NULL,
    created_on TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    CONSTRAINT ux_affiliations_programmes_name UNIQUE (network_id, name)
);

CREATE TABLE affiliations_programme_participations (
    programme_id TEXT NOT NULL REFERENCES affiliations_programmes (id),
    contract_id TEXT NOT NULL REFERENCES affiliations_contracts (id),
    joined_on TEXT NOT NULL,
    joined_by_name TEXT NOT NULL,
    left_on TEXT NULL,
    PRIMARY KEY (programme_id, contract_id)
);

CREATE INDEX ix_affiliations_programme_participations_contract ON affiliations_programme_participations (contract_id, programme_id);
