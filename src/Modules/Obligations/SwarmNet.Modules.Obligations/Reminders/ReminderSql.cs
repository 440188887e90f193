namespace SwarmNet.Modules.Obligations.Reminders;

internal static class ReminderSql
{
    private const string Opening = "state = 'Upcoming' AND opens_on <= @Today AND due_date >= @Today";

    internal const string OpenHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Due, NULL, 'SwarmNet', NULL FROM obligations_occurrences WHERE
        """ + " " + Opening;

    internal const string OpenSql = "UPDATE obligations_occurrences SET state = @Due, version = version + 1 WHERE " + Opening;

    private const string Lateness = "state IN ('Upcoming', 'Due', 'Rejected') AND due_date < @Today";

    internal const string OverdueHistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Overdue, NULL, 'SwarmNet', NULL FROM obligations_occurrences WHERE
        """ + " " + Lateness;

    internal const string OverdueSql = "UPDATE obligations_occurrences SET state = @Overdue, version = version + 1 WHERE " + Lateness;

    /// <summary>
    /// The decision: every pending row due by today is marked once, 'sent' while its occurrence is still owed (an escalation:
    /// not handed in), 'skipped' otherwise. Only rows still unsent are touched, which is what makes the decision once-only.
    /// </summary>
    internal const string ClaimSql = """
        UPDATE obligations_reminders SET sent_at = @Now, batch_id = @Batch,
            outcome = CASE WHEN EXISTS (SELECT 1 FROM obligations_occurrences o WHERE o.id = obligations_reminders.occurrence_id
                                        AND o.state IN ('Upcoming', 'Due', 'Rejected', 'Overdue')) THEN 'sent' ELSE 'skipped' END
        WHERE sent_at IS NULL AND remind_on <= @Today
        """;

    internal const string SelectClaimedSql = """
        SELECT r.occurrence_id AS OccurrenceId, r.kind AS Kind, o.code AS Code, o.title AS Title, o.actor AS Actor, o.due_date AS DueDate,
               o.state AS State, o.grantor_organization_id AS GrantorOrganizationId, o.structure_organization_id AS StructureOrganizationId,
               c.title AS ContractTitle
        FROM obligations_reminders r
        JOIN obligations_occurrences o ON o.id = r.occurrence_id
        JOIN obligations_contracts c ON c.id = o.contract_id
        WHERE r.batch_id = @Batch AND r.outcome = 'sent'
        ORDER BY r.occurrence_id, r.kind, r.offset_days
        """;
}
