using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>
/// Transaction locks on each database: taken only inside a transaction, and on SQL Server a second transaction asking
/// for a held lock is refused (SQLite's single writer grants every lock: the refused path is run by the host tests).
/// </summary>
public abstract class DbSessionLockScenarios
{
    protected abstract DatabaseProvider Provider { get; }

    [DbFact]
    public async Task A_lock_is_taken_inside_a_transaction_and_refused_to_a_second_one_while_held()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var services = await TestServices.StartAsync(database, _ => { });
        await using var first = services.Services.CreateAsyncScope();
        await using var second = services.Services.CreateAsyncScope();
        var (holder, other) = (first.ServiceProvider.GetRequiredService<DbSession>(), second.ServiceProvider.GetRequiredService<DbSession>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => holder.LockAsync("x", CancellationToken.None));
        await holder.BeginAsync(CancellationToken.None);
        Assert.True(await holder.LockAsync("licences-brand-x", CancellationToken.None));
        if (Provider == DatabaseProvider.Sqlite)
            return; // a second writer would wait for the first one's transaction itself
        await other.BeginAsync(CancellationToken.None);
        Assert.False(await other.LockAsync("licences-brand-x", CancellationToken.None));
        Assert.True(await other.LockAsync("licences-brand-y", CancellationToken.None));
    }
}

public sealed class SqliteDbSessionLockTests : DbSessionLockScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerDbSessionLockTests : DbSessionLockScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
