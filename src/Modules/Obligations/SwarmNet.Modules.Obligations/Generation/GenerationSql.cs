namespace SwarmNet.Modules.Obligations.Generation;

/// <summary>
/// Generation writes a whole window at once: the occurrences travel as one JSON array (@Rows) that SQLite reads with
/// json_each and SQL Server with OPENJSON, so a contract's horizon is three statements, whatever its length.
/// </summary>
internal static class GenerationSql
{
    // The unique key (contract, code, due date) decides: a second generation of the same window inserts nothing. A period
    // already owed under another due date (its contract end moved) is not owed twice either.
    internal const string SqliteInsertOccurrencesSql = """
        INSERT INTO obligations_occurrences (id, contract_id, contract_kind, grantor_organization_id, structure_organization_id, network_id, code, title,
            category, actor, evidence_kind, due_date, period_start, period_end, opens_on, escalation_date, state, generated_on)
        SELECT json_extract(r.value, '$.id'), c.id, c.kind, c.grantor_organization_id, c.structure_organization_id, c.network_id,
               json_extract(r.value, '$.code'), json_extract(r.value, '$.title'), json_extract(r.value, '$.category'), json_extract(r.value, '$.actor'),
               json_extract(r.value, '$.evidence'), json_extract(r.value, '$.due'), json_extract(r.value, '$.periodStart'),
               json_extract(r.value, '$.periodEnd'), json_extract(r.value, '$.opensOn'), json_extract(r.value, '$.escalation'),
               json_extract(r.value, '$.state'), @Today
        FROM json_each(@Rows) r JOIN obligations_contracts c ON c.id = @ContractId
        WHERE json_extract(r.value, '$.periodStart') IS NULL
           OR NOT EXISTS (SELECT 1 FROM obligations_occurrences o WHERE o.contract_id = c.id AND o.code = json_extract(r.value, '$.code')
                          AND o.period_start = json_extract(r.value, '$.periodStart') AND o.state <> 'Cancelled')
        ON CONFLICT (contract_id, code, due_date) DO NOTHING
        """;

    internal const string SqlServerInsertOccurrencesSql = """
        INSERT INTO obligations_occurrences (id, contract_id, contract_kind, grantor_organization_id, structure_organization_id, network_id, code, title,
            category, actor, evidence_kind, due_date, period_start, period_end, opens_on, escalation_date, state, generated_on)
        SELECT r.id, c.id, c.kind, c.grantor_organization_id, c.structure_organization_id, c.network_id, r.code, r.title, r.category, r.actor,
               r.evidence, r.due, r.periodStart, r.periodEnd, r.opensOn, r.escalation, r.state, @Today
        FROM OPENJSON(@Rows) WITH (id UNIQUEIDENTIFIER '$.id', code NVARCHAR(20) '$.code', title NVARCHAR(200) '$.title',
                 category NVARCHAR(20) '$.category', actor NVARCHAR(40) '$.actor', evidence NVARCHAR(20) '$.evidence', due DATE '$.due',
                 periodStart DATE '$.periodStart', periodEnd DATE '$.periodEnd', opensOn DATE '$.opensOn', escalation DATE '$.escalation',
                 state NVARCHAR(20) '$.state') r
        JOIN obligations_contracts c ON c.id = @ContractId
        WHERE NOT EXISTS (SELECT 1 FROM obligations_occurrences o WITH (UPDLOCK, HOLDLOCK)
                          WHERE o.contract_id = c.id AND o.code = r.code AND o.due_date = r.due)
          AND (r.periodStart IS NULL OR NOT EXISTS (SELECT 1 FROM obligations_occurrences o WITH (UPDLOCK, HOLDLOCK)
                          WHERE o.contract_id = c.id AND o.code = r.code AND o.period_start = r.periodStart AND o.state <> 'Cancelled'))
        """;

    /// <summary>Only the rows this call inserted carry the ids it chose: their history says they were generated.</summary>
    internal const string SqliteInsertGeneratedHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT o.id, @Now, NULL, o.state, NULL, @ActorName, @Note
        FROM json_each(@Rows) r JOIN obligations_occurrences o ON o.id = json_extract(r.value, '$.id')
        """;

    internal const string SqlServerInsertGeneratedHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT o.id, @Now, NULL, o.state, NULL, @ActorName, @Note
        FROM OPENJSON(@Rows) WITH (id UNIQUEIDENTIFIER '$.id') r JOIN obligations_occurrences o ON o.id = r.id
        """;

    internal const string SqliteInsertRemindersSql = """
        INSERT INTO obligations_reminders (occurrence_id, kind, offset_days, remind_on)
        SELECT json_extract(r.value, '$.occurrenceId'), json_extract(r.value, '$.kind'), json_extract(r.value, '$.offset'), json_extract(r.value, '$.on')
        FROM json_each(@Reminders) r
        WHERE EXISTS (SELECT 1 FROM obligations_occurrences o WHERE o.id = json_extract(r.value, '$.occurrenceId'))
        ON CONFLICT (occurrence_id, kind, offset_days) DO NOTHING
        """;

    internal const string SqlServerInsertRemindersSql = """
        INSERT INTO obligations_reminders (occurrence_id, kind, offset_days, remind_on)
        SELECT r.occurrenceId, r.kind, r.offset, r.remindOn
        FROM OPENJSON(@Reminders) WITH (occurrenceId UNIQUEIDENTIFIER '$.occurrenceId', kind NVARCHAR(20) '$.kind', offset INT '$.offset',
                 remindOn DATE '$.on') r
        WHERE EXISTS (SELECT 1 FROM obligations_occurrences o WHERE o.id = r.occurrenceId)
          AND NOT EXISTS (SELECT 1 FROM obligations_reminders x WITH (UPDLOCK, HOLDLOCK)
                          WHERE x.occurrence_id = r.occurrenceId AND x.kind = r.kind AND x.offset_days = r.offset)
        """;

    internal const string SelectContractSql = "SELECT " + ContractRow.Columns + " FROM obligations_contracts c WHERE c.id = @ContractId";

    internal const string SelectTermsSql = "SELECT valid_from AS ValidFrom, terms AS Terms FROM obligations_terms WHERE contract_id = @ContractId ORDER BY valid_from";

    internal const string SelectSuspensionsSql =
        "SELECT suspended_on AS SuspendedOn, resumed_on AS ResumedOn FROM obligations_suspensions WHERE contract_id = @ContractId";

    internal const string AdvanceHorizonSql = """
        UPDATE obligations_contracts SET generated_until = @To, updated_at = @Now
        WHERE id = @ContractId AND (generated_until IS NULL OR generated_until < @To)
        """;
}
