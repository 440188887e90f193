namespace SwarmNet.Modules.Obligations.Generation;

internal static class ContractSql
{
    // Events are delivered in order and each handler once (inbox); the NOT EXISTS only makes a redelivery harmless.
    internal const string InsertContractSql = """
        INSERT INTO obligations_contracts (id, kind, grantor_organization_id, structure_organization_id, network_id, title, effective_date, end_date,
            royalty_months, royalty_calendar_year, status, generated_until, updated_at)
        SELECT @Id, @Kind, @GrantorOrganizationId, @StructureOrganizationId, @NetworkId, @Title, @EffectiveDate, @EndDate, @RoyaltyMonths,
               @RoyaltyCalendarYear, @Status, NULL, @Now
        WHERE NOT EXISTS (SELECT 1 FROM obligations_contracts WHERE id = @Id)
        """;

    internal const string InsertTermsSql = """
        INSERT INTO obligations_terms (contract_id, valid_from, terms)
        SELECT @ContractId, @ValidFrom, @Terms WHERE NOT EXISTS (SELECT 1 FROM obligations_terms WHERE contract_id = @ContractId AND valid_from = @ValidFrom)
        """;

    internal const string DeleteTermsSql = "DELETE FROM obligations_terms WHERE contract_id = @ContractId AND valid_from = @ValidFrom";

    internal const string SuspendSql = """
        INSERT INTO obligations_suspensions (contract_id, suspended_on, resumed_on)
        SELECT @ContractId, @On, NULL
        WHERE NOT EXISTS (SELECT 1 FROM obligations_suspensions WHERE contract_id = @ContractId AND (suspended_on = @On OR resumed_on IS NULL));
        UPDATE obligations_contracts SET status = @Status, updated_at = @Now WHERE id = @ContractId;
        """;

    internal const string ResumeSql = """
        UPDATE obligations_suspensions SET resumed_on = @On WHERE contract_id = @ContractId AND resumed_on IS NULL;
        UPDATE obligations_contracts SET status = @Status, updated_at = @Now WHERE id = @ContractId;
        """;

    internal const string EndSql = "UPDATE obligations_contracts SET end_date = @EndDate, status = @Status, updated_at = @Now WHERE id = @ContractId";

    internal const string RenewSql = "UPDATE obligations_contracts SET end_date = @EndDate, updated_at = @Now WHERE id = @ContractId";

    private const string TerminationPredicate = """
        contract_id = @ContractId AND state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') AND due_date > @On
        AND (period_start IS NULL OR period_start > @On)
        """;

    internal const string TerminationHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Cancelled, NULL, 'SwarmNet', @Note FROM obligations_occurrences WHERE 
        """ + TerminationPredicate;

    internal const string TerminationCancelSql = "UPDATE obligations_occurrences SET state = @Cancelled, version = version + 1 WHERE " + TerminationPredicate;

    // Occurrences asked for outside the terms (origin set, e.g. a charter's acknowledgement) are not the terms' to replace.
    private const string SqliteAmendmentPredicate = """
        contract_id = @ContractId AND state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') AND due_date >= @From AND origin IS NULL
        AND NOT EXISTS (SELECT 1 FROM json_each(@Rows) r WHERE json_extract(r.value, '$.code') = obligations_occurrences.code
                        AND json_extract(r.value, '$.due') = obligations_occurrences.due_date)
        """;

    private const string SqlServerAmendmentPredicate = """
        contract_id = @ContractId AND state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') AND due_date >= @From AND origin IS NULL
        AND NOT EXISTS (SELECT 1 FROM OPENJSON(@Rows) WITH (code NVARCHAR(20) '$.code', due DATE '$.due') r
                        WHERE r.code = obligations_occurrences.code AND r.due = obligations_occurrences.due_date)
        """;

    internal const string SqliteAmendmentHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Cancelled, NULL, 'SwarmNet', @Note FROM obligations_occurrences WHERE 
        """ + SqliteAmendmentPredicate;

    internal const string SqlServerAmendmentHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Cancelled, NULL, 'SwarmNet', @Note FROM obligations_occurrences WHERE 
        """ + SqlServerAmendmentPredicate;

    internal const string SqliteAmendmentCancelSql =
        "UPDATE obligations_occurrences SET state = @Cancelled, version = version + 1 WHERE " + SqliteAmendmentPredicate;

    internal const string SqlServerAmendmentCancelSql =
        "UPDATE obligations_occurrences SET state = @Cancelled, version = version + 1 WHERE " + SqlServerAmendmentPredicate;
}
