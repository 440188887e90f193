namespace SwarmNet.Modules.Obligations.Requested;

internal static class RequestedSql
{
    /// <remarks>Ids as canonical text: Dapper expands <c>IN @Ids</c> without the Guid type handler.</remarks>
    internal const string KnownContractsSql = "SELECT COUNT(*) FROM obligations_contracts WHERE id IN @Ids";

    // One row per contract still in force whose cover reaches the due date; the unique key makes a redelivery harmless.
    internal const string SqliteInsertSql = """
        INSERT INTO obligations_occurrences (id, contract_id, contract_kind, grantor_organization_id, structure_organization_id, network_id, code, title,
            category, actor, evidence_kind, due_date, period_start, period_end, opens_on, escalation_date, state, generated_on, origin)
        SELECT json_extract(r.value, '$.id'), c.id, c.kind, c.grantor_organization_id, c.structure_organization_id, c.network_id, @Code, @Title,
               @Category, @Actor, @Evidence, @Due, NULL, NULL, @OpensOn, @Escalation, @State, @Today, @Origin
        FROM json_each(@Rows) r JOIN obligations_contracts c ON c.id = json_extract(r.value, '$.contractId')
        WHERE c.status IN ('Active', 'Suspended') AND (c.end_date IS NULL OR c.end_date >= @Due)
        ON CONFLICT (contract_id, code, due_date) DO NOTHING
        """;

    internal const string SqlServerInsertSql = """
        INSERT INTO obligations_occurrences (id, contract_id, contract_kind, grantor_organization_id, structure_organization_id, network_id, code, title,
            category, actor, evidence_kind, due_date, period_start, period_end, opens_on, escalation_date, state, generated_on, origin)
        SELECT r.id, c.id, c.kind, c.grantor_organization_id, c.structure_organization_id, c.network_id, @Code, @Title,
               @Category, @Actor, @Evidence, @Due, NULL, NULL, @OpensOn, @Escalation, @State, @Today, @Origin
        FROM OPENJSON(@Rows) WITH (id UNIQUEIDENTIFIER '$.id', contractId UNIQUEIDENTIFIER '$.contractId') r
        JOIN obligations_contracts c ON c.id = r.contractId
        WHERE c.status IN ('Active', 'Suspended') AND (c.end_date IS NULL OR c.end_date >= @Due)
          AND NOT EXISTS (SELECT 1 FROM obligations_occurrences o WITH (UPDLOCK, HOLDLOCK) WHERE o.contract_id = c.id AND o.code = @Code AND o.due_date = @Due)
        """;

    private const string OpenOfOrigin = """
        contract_id = @ContractId AND code = @Code AND origin = @Origin AND state IN ('Upcoming', 'Due', 'Rejected', 'Overdue')
        """;

    internal const string FulfilHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Accepted, NULL, @ActorName, @Note FROM obligations_occurrences WHERE 
        """ + OpenOfOrigin;

    internal const string FulfilSql = "UPDATE obligations_occurrences SET state = @Accepted, submitted_on = @On, version = version + 1 WHERE " + OpenOfOrigin;
}
