using SwarmNet.Modules.Network.Access.Users;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>The actor is loaded on every request: its query must seek an index, never scan the memberships or the sessions.</summary>
public sealed class ActorQueryPlanTests
{
    [Fact]
    public async Task Loading_the_actor_seeks_the_user_and_the_membership_index()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = await TestServices.StartAsync(database, s => s.AddNetworkModule());

        var plan = string.Join("\n", (await services.QueryAsync<PlanRow>("EXPLAIN QUERY PLAN " + LoadActorHandler.SelectActorSql,
            new { UserId = Guid.CreateVersion7(), SessionId = Guid.CreateVersion7(), Now = DateTimeOffset.UtcNow })).Select(r => r.Detail));

        Assert.Contains("ix_network_memberships_user", plan, StringComparison.Ordinal);
        Assert.Contains("USING INDEX sqlite_autoindex_network_sessions_1 (id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }

    private sealed class PlanRow
    {
        public string Detail { get; init; } = "";
    }
}
