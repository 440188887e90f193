-- French invoicing: an approved statement never changes. The database refuses it, whatever the code does.
CREATE TRIGGER tr_royalties_statements_frozen BEFORE UPDATE ON royalties_statements
WHEN OLD.state IN ('Approved', 'Issued', 'Paid') AND (
       NEW.state IN ('Draft', 'InReview')
    OR NEW.agreement_id IS NOT OLD.agreement_id OR NEW.grantor_organization_id IS NOT OLD.grantor_organization_id
    OR NEW.structure_organization_id IS NOT OLD.structure_organization_id OR NEW.kind IS NOT OLD.kind
    OR NEW.period_start IS NOT OLD.period_start OR NEW.period_end IS NOT OLD.period_end OR NEW.royalty_year IS NOT OLD.royalty_year
    OR NEW.declared IS NOT OLD.declared OR NEW.declaration_version IS NOT OLD.declaration_version
    OR NEW.terms_version IS NOT OLD.terms_version OR NEW.vat_rate IS NOT OLD.vat_rate OR NEW.vat_exempt IS NOT OLD.vat_exempt
    OR NEW.total_excl_vat_cents IS NOT OLD.total_excl_vat_cents OR NEW.vat_cents IS NOT OLD.vat_cents
    OR NEW.total_incl_vat_cents IS NOT OLD.total_incl_vat_cents OR NEW.corrects_statement_id IS NOT OLD.corrects_statement_id
    OR (OLD.invoice_number IS NOT NULL AND (NEW.invoice_number IS NOT OLD.invoice_number OR NEW.invoice_year IS NOT OLD.invoice_year
        OR NEW.issued_on IS NOT OLD.issued_on OR NEW.due_on IS NOT OLD.due_on OR NEW.invoice_parties IS NOT OLD.invoice_parties
        OR NEW.late_interest_rate IS NOT OLD.late_interest_rate)))
BEGIN
    SELECT RAISE(ABORT, 'royalties: an approved statement is immutable');
END;

CREATE TRIGGER tr_royalties_statements_no_delete BEFORE DELETE ON royalties_statements
WHEN OLD.state IN ('Approved', 'Issued', 'Paid')
BEGIN
    SELECT RAISE(ABORT, 'royalties: an approved statement is immutable');
END;

CREATE TRIGGER tr_royalties_lines_frozen_insert BEFORE INSERT ON royalties_statement_lines
WHEN (SELECT state FROM royalties_statements WHERE id = NEW.statement_id) IN ('Approved', 'Issued', 'Paid')
BEGIN
    SELECT RAISE(ABORT, 'royalties: an approved statement is immutable');
END;

CREATE TRIGGER tr_royalties_lines_frozen_update BEFORE UPDATE ON royalties_statement_lines
WHEN (SELECT state FROM royalties_statements WHERE id = OLD.statement_id) IN ('Approved', 'Issued', 'Paid')
BEGIN
    SELECT RAISE(ABORT, 'royalties: an approved statement is immutable');
END;

CREATE TRIGGER tr_royalties_lines_frozen_delete BEFORE DELETE ON royalties_statement_lines
WHEN (SELECT state FROM royalties_statements WHERE id = OLD.statement_id) IN ('Approved', 'Issued', 'Paid')
BEGIN
    SELECT RAISE(ABORT, 'royalties: an approved statement is immutable');
END;

CREATE TRIGGER tr_royalties_adjustment_periods_frozen BEFORE DELETE ON royalties_adjustment_periods
WHEN (SELECT state FROM royalties_statements WHERE id = OLD.statement_id) IN ('Approved', 'Issued', 'Paid')
BEGIN
    SELECT RAISE(ABORT, 'royalties: an approved statement is immutable');
END;

CREATE TRIGGER tr_royalties_payments_append_only_update BEFORE UPDATE ON royalties_payments
BEGIN
    SELECT RAISE(ABORT, 'royalties: a recorded payment is never changed');
END;

CREATE TRIGGER tr_royalties_payments_append_only_delete BEFORE DELETE ON royalties_payments
BEGIN
    SELECT RAISE(ABORT, 'royalties: a recorded payment is never changed');
END;
