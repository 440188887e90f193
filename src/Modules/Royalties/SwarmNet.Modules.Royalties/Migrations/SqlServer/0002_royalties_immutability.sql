-- French invoicing: an approved statement never changes. The database refuses it, whatever the code does.
-- EXCEPT compares rows with NULLs as equal, so a column going from or to NULL counts as a change.
CREATE TRIGGER dbo.tr_royalties_statements_frozen ON dbo.royalties_statements AFTER UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM deleted d WHERE d.state IN (N'Approved', N'Issued', N'Paid')
               AND (NOT EXISTS (SELECT 1 FROM inserted i WHERE i.id = d.id)
                    OR EXISTS (SELECT 1 FROM inserted i WHERE i.id = d.id AND i.state IN (N'Draft', N'InReview'))
                    OR EXISTS (SELECT i.agreement_id, i.grantor_organization_id, i.structure_organization_id, i.kind, i.period_start,
                                      i.period_end, i.royalty_year, i.declared, i.declaration_version, i.terms_version, i.vat_rate,
                                      i.vat_exempt, i.total_excl_vat_cents, i.vat_cents, i.total_incl_vat_cents, i.corrects_statement_id
                               FROM inserted i WHERE i.id = d.id
                               EXCEPT
                               SELECT d.agreement_id, d.grantor_organization_id, d.structure_organization_id, d.kind, d.period_start,
                                      d.period_end, d.royalty_year, d.declared, d.declaration_version, d.terms_version, d.vat_rate,
                                      d.vat_exempt, d.total_excl_vat_cents, d.vat_cents, d.total_incl_vat_cents, d.corrects_statement_id)
                    OR (d.invoice_number IS NOT NULL AND EXISTS (
                               SELECT i.invoice_year, i.invoice_number, i.issued_on, i.due_on, i.invoice_parties, i.late_interest_rate
                               FROM inserted i WHERE i.id = d.id
                               EXCEPT
                               SELECT d.invoice_year, d.invoice_number, d.issued_on, d.due_on, d.invoice_parties, d.late_interest_rate))))
        THROW 51000, N'royalties: an approved statement is immutable', 1;
END;
GO

CREATE TRIGGER dbo.tr_royalties_lines_frozen ON dbo.royalties_statement_lines AFTER INSERT, UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM dbo.royalties_statements s
               WHERE s.state IN (N'Approved', N'Issued', N'Paid')
                 AND s.id IN (SELECT statement_id FROM inserted UNION SELECT statement_id FROM deleted))
        THROW 51000, N'royalties: an approved statement is immutable', 1;
END;
GO

CREATE TRIGGER dbo.tr_royalties_adjustment_periods_frozen ON dbo.royalties_adjustment_periods AFTER UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    IF EXISTS (SELECT 1 FROM dbo.royalties_statements s
               WHERE s.state IN (N'Approved', N'Issued', N'Paid') AND s.id IN (SELECT statement_id FROM deleted))
        THROW 51000, N'royalties: an approved statement is immutable', 1;
END;
GO

CREATE TRIGGER dbo.tr_royalties_payments_append_only ON dbo.royalties_payments AFTER UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    THROW 51000, N'royalties: a recorded payment is never changed', 1;
END;
