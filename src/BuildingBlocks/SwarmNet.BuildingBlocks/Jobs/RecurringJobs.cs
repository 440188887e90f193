using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace SwarmNet.BuildingBlocks.Jobs;

/// <summary>
/// A recurring job is a MediatR command a module declares; the host's scheduler (Hangfire) only triggers it by id.
/// The command must be safe to run twice, to stop midway and to run on two hosts at once.
/// </summary>
public sealed record RecurringJobDefinition(string Id, string Cron, string Description, Func<IRequest<Unit>> CreateCommand);

public static class RecurringJobRegistration
{
    public static IServiceCollection AddRecurringJob(
        this IServiceCollection services, string id, string cron, string description, Func<IRequest<Unit>> createCommand) =>
        services.AddSingleton(new RecurringJobDefinition(id, cron, description, createCommand));
}
