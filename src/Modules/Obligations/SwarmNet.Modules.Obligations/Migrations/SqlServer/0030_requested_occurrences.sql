-- Occurrences another module asks for outside a contract's terms (an affiliate's acknowledgement of a new charter version,
-- docs/adr/0122) say where they come from: an amendment, which replaces the terms' occurrences, leaves them alone.
ALTER TABLE dbo.obligations_occurrences ADD origin NVARCHAR(60) NULL;
