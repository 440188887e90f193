-- What each partner delivered of its contributions (apports): one row per instalment, or per contribution in kind or time.
CREATE TABLE dbo.partnerships_deliveries (
    id UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_partnerships_deliveries PRIMARY KEY,
    contract_id UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_partnerships_deliveries_contract REFERENCES dbo.partnerships_contracts (id),
    contribution_code NVARCHAR(12) NOT NULL,
    number INT NOT NULL,
    delivered_on DATE NOT NULL,
    value_cents BIGINT NOT NULL,
    note NVARCHAR(1000) NULL,
    recorded_at DATETIMEOFFSET NOT NULL,
    recorded_by_id UNIQUEIDENTIFIER NULL,
    recorded_by_name NVARCHAR(200) NOT NULL,
    CONSTRAINT ux_partnerships_deliveries_item UNIQUE (contract_id, contribution_code, number)
);
