using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class DbSessionLockTests
{
    [Fact]
    public async Task Locks_are_taken_inside_a_transaction_and_granted_at_once_on_sqlite()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = await TestServices.StartAsync(database, _ => { });
        await using var scope = services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.LockAsync("x", CancellationToken.None));
        await db.BeginAsync(CancellationToken.None);
        Assert.True(await db.LockAsync("licences-brand-x", CancellationToken.None));
        Assert.Null(SqlDialects.For(DatabaseProvider.Sqlite).TransactionLockSql);
        Assert.Contains("sp_getapplock", SqlDialects.For(DatabaseProvider.SqlServer).TransactionLockSql, StringComparison.Ordinal);
    }
}
