using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class TypeHandlerTests
{
    private sealed class Row
    {
        public Guid Id { get; init; }
        public DateOnly Day { get; init; }
        public DateTimeOffset At { get; init; }
        public DateOnly? MaybeDay { get; init; }
    }

    [Fact]
    public async Task Guid_dates_and_instants_round_trip_through_sqlite_as_iso_text()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = await TestServices.StartAsync(database, _ => { });
        await using var scope = services.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbSession>();
        await db.ExecuteAsync("CREATE TABLE t (id TEXT, day TEXT, at TEXT, maybe_day TEXT)");
        var id = Guid.CreateVersion7();
        var at = new DateTimeOffset(2024, 2, 29, 23, 30, 0, TimeSpan.FromHours(2));
        await db.ExecuteAsync("INSERT INTO t VALUES (@Id, @Day, @At, @MaybeDay)",
            new { Id = id, Day = new DateOnly(2024, 2, 29), At = at, MaybeDay = (DateOnly?)null });

        var raw = await db.QuerySingleOrDefaultAsync<(string, string, string)>("SELECT id, day, at FROM t");
        Assert.Equal((id.ToString("D"), "2024-02-29", "2024-02-29T21:30:00.0000000Z"), raw);

        var row = Assert.Single(await db.QueryAsync<Row>("SELECT id, day, at, maybe_day FROM t WHERE id = @Id", new { Id = id }));
        Assert.Equal(id, row.Id);
        Assert.Equal(new DateOnly(2024, 2, 29), row.Day);
        Assert.Equal(at, row.At);
        Assert.Null(row.MaybeDay);
    }
}
