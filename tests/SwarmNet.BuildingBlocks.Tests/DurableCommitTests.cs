using MediatR;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>What a command says it reads: SQLite's synchronous level while its transaction is open (1 NORMAL, 2 FULL).</summary>
public sealed record ReadSynchronous : ICommand<long>;

public sealed record ReadSynchronousDurably : ICommand<long>, IDurableCommand;

internal sealed class ReadSynchronousHandler(DbSession db) : IRequestHandler<ReadSynchronous, long>, IRequestHandler<ReadSynchronousDurably, long>
{
    public Task<long> Handle(ReadSynchronous request, CancellationToken cancellationToken) => db.ExecuteScalarAsync<long>("PRAGMA synchronous", ct: cancellationToken);

    public Task<long> Handle(ReadSynchronousDurably request, CancellationToken cancellationToken) => db.ExecuteScalarAsync<long>("PRAGMA synchronous", ct: cancellationToken);
}

/// <summary>Commands that write money or signatures commit to the disk (FULL); the others, and the same connection afterwards, do not pay for it.</summary>
public sealed class DurableCommitTests
{
    [Fact]
    public async Task A_durable_command_commits_with_full_sync_and_leaves_the_connection_at_normal()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = await TestServices.StartAsync(database, s => s.AddHandlersFrom(typeof(DurableCommitTests).Assembly));
        await using var scope = services.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

        var ordinary = await mediator.Send(new ReadSynchronous());
        var durable = await mediator.Send(new ReadSynchronousDurably());
        var after = await mediator.Send(new ReadSynchronous());

        Assert.Equal((1L, 2L, 1L), (ordinary, durable, after));
    }
}
