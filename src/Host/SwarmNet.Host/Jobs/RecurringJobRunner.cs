using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Jobs;

namespace SwarmNet.Host.Jobs;

/// <summary>What Hangfire invokes: public, and given only a job id, so nothing but a string is serialised.</summary>
public sealed class RecurringJobRunner(IServiceScopeFactory scopes, IEnumerable<RecurringJobDefinition> jobs)
{
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        var job = jobs.SingleOrDefault(j => j.Id == jobId)
            ?? throw new InvalidOperationException($"No recurring job '{jobId}' is declared by a module.");
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(job.CreateCommand(), cancellationToken);
    }
}
