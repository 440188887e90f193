using Microsoft.Data.Sqlite;

namespace SwarmNet.Benchmarks;

/// <summary>
/// Writes the benchmark's portfolio straight into the migrated tables with prepared statements in one transaction (the
/// module's own generation would take minutes for a million rows and is not what is measured). The first network is the
/// one the board reads; each contract's due day (1–28) spreads reminders over the month.
/// </summary>
internal static class ObligationSeed
{
    private static readonly string[] Categories = ["reporting", "payment", "compliance", "insurance"];

    public static async Task SeedAsync(string connectionString, Guid firstNetwork, int networks, int contractsPerNetwork, int perContract, DateOnly today)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var transaction = connection.BeginTransaction();
        var contract = Command(connection, transaction, """
            INSERT INTO obligations_contracts (id, kind, grantor_organization_id, structure_organization_id, network_id, title, effective_date, end_date,
                royalty_months, royalty_calendar_year, status, generated_until, updated_at)
            VALUES ($id, 'licence', $grantor, $structure, $network, 'Licence', $effective, NULL, 1, 0, 'Active', $until, $now)
            """, "$id", "$grantor", "$structure", "$network", "$effective", "$until", "$now");
        var occurrence = Command(connection, transaction, """
            INSERT INTO obligations_occurrences (id, contract_id, contract_kind, grantor_organization_id, structure_organization_id, network_id, code, title,
                category, actor, evidence_kind, due_date, period_start, period_end, opens_on, escalation_date, state, generated_on, submitted_on)
            VALUES ($id, $contract, 'licence', $grantor, $structure, $network, $code, 'Déclaration', $category, 'grantee', 'none', $due, NULL, NULL,
                $opens, $escalation, $state, $generated, $submitted)
            """, "$id", "$contract", "$grantor", "$structure", "$network", "$code", "$category", "$due", "$opens", "$escalation", "$state", "$generated", "$submitted");
        var reminder = Command(connection, transaction, """
            INSERT INTO obligations_reminders (occurrence_id, kind, offset_days, remind_on, sent_at, outcome) VALUES ($occurrence, $kind, $offset, $on, $sent, $outcome)
            """, "$occurrence", "$kind", "$offset", "$on", "$sent", "$outcome");
        var random = new Random(42);
        var first = today.AddMonths(-perContract / 2);
        for (var n = 0; n < networks; n++)
        {
            var network = n == 0 ? firstNetwork : Guid.CreateVersion7();
            var grantor = Guid.CreateVersion7();
            for (var c = 0; c < contractsPerNetwork; c++)
            {
                var (contractId, structure, day) = (Guid.CreateVersion7(), Guid.CreateVersion7(), 1 + random.Next(28));
                Run(contract, contractId, grantor, structure, network, D(first), D(today.AddMonths(12)), "2027-01-01T00:00:00.0000000Z");
                for (var i = 0; i < perContract; i++)
                {
                    var month = first.AddMonths(i);
                    var due = new DateOnly(month.Year, month.Month, day);
                    var past = due < today;
                    var roll = random.Next(10);
                    var state = !past ? (due.AddDays(-30) <= today ? "Due" : "Upcoming") : roll < 6 ? "Accepted" : roll < 8 ? "Submitted" : "Overdue";
                    var submitted = state is "Accepted" or "Submitted" ? D(due.AddDays(roll < 5 ? -2 : 3)) : null;
                    var id = Guid.CreateVersion7();
                    Run(occurrence, id, contractId, grantor, structure, network, $"DECL-{i % 4}", Categories[i % 4], D(due), D(due.AddDays(-30)),
                        D(due.AddDays(10)), state, D(first), submitted);
                    foreach (var (kind, offset, on) in new[] { ("reminder", 7, due.AddDays(-7)), ("reminder", 1, due.AddDays(-1)), ("escalation", 10, due.AddDays(10)) })
                        Run(reminder, id, kind, offset, D(on), on < today ? "2027-01-01T00:00:00.0000000Z" : null, on < today ? "sent" : null);
                }
            }
        }
        await transaction.CommitAsync();
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        await analyze.ExecuteNonQueryAsync();
    }

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd");

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i] switch { null => DBNull.Value, Guid g => g.ToString("D"), var v => v };
        command.ExecuteNonQuery();
    }
}
