using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Migrations;

/// <summary>Applies each module's pending scripts, each in its own transaction together with its journal row.</summary>
public sealed partial class MigrationRunner(
    DbConnectionFactory factory, IEnumerable<MigrationSource> sources, TimeProvider clock, ILogger<MigrationRunner> logger)
{
    private sealed record Applied(string Module, string Script, string Checksum);

    private List<MigrationScript> LoadScripts() => sources.SelectMany(s => s.ScriptsFor(factory.Dialect.Provider)).ToList();

    public async Task<MigrationStatus> StatusAsync(CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(factory.Dialect.CreateMigrationsTableSql, cancellationToken: ct));
        var applied = await ReadAppliedAsync(connection, null, ct);
        return Compare(applied, LoadScripts());
    }

    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct = default)
    {
        await using var connection = await factory.OpenAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(factory.Dialect.CreateMigrationsTableSql, cancellationToken: ct));
        var done = new List<string>();
        var scripts = LoadScripts();
        foreach (var script in scripts)
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await factory.Dialect.AcquireMigrationLockAsync(connection, tx, ct);
            var applied = await ReadAppliedAsync(connection, tx, ct);
            var status = Compare(applied, scripts);
            if (status.Changed.Count > 0)
                throw new MigrationChecksumException(status.Changed);
            if (applied.Any(a => a.Module == script.Module && a.Script == script.Name))
                continue;
            foreach (var batch in factory.Dialect.SplitScript(script.Sql))
                await connection.ExecuteAsync(new CommandDefinition(batch, transaction: tx, cancellationToken: ct));
            await connection.ExecuteAsync(new CommandDefinition(InsertAppliedSql,
                new { script.Module, Script = script.Name, script.Checksum, AppliedAt = clock.GetUtcNow() }, tx, cancellationToken: ct));
            await tx.CommitAsync(ct);
            LogApplied(logger, script.Module, script.Name);
            done.Add($"{script.Module}/{script.Name}");
        }
        return done;
    }

    private static MigrationStatus Compare(IReadOnlyList<Applied> applied, IReadOnlyList<MigrationScript> scripts)
    {
        var pending = new List<string>();
        var changed = new List<string>();
        foreach (var script in scripts)
        {
            var row = applied.FirstOrDefault(a => a.Module == script.Module && a.Script == script.Name);
            if (row is null)
                pending.Add($"{script.Module}/{script.Name}");
            else if (!string.Equals(row.Checksum.Trim(), script.Checksum, StringComparison.OrdinalIgnoreCase))
                changed.Add($"{script.Module}/{script.Name}");
        }
        return new MigrationStatus(pending, changed);
    }

    private static async Task<IReadOnlyList<Applied>> ReadAppliedAsync(DbConnection connection, DbTransaction? tx, CancellationToken ct) =>
        (await connection.QueryAsync<(string Module, string Script, string Checksum)>(
            new CommandDefinition(SelectAppliedSql, transaction: tx, cancellationToken: ct)))
        .Select(r => new Applied(r.Module, r.Script, r.Checksum)).ToList();

    internal const string SelectAppliedSql = "SELECT module, script, checksum FROM platform_migrations";

    internal const string InsertAppliedSql =
        "INSERT INTO platform_migrations (module, script, checksum, applied_at) VALUES (@Module, @Script, @Checksum, @AppliedAt)";

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Module}/{Script}")]
    private static partial void LogApplied(ILogger logger, string module, string script);
}
