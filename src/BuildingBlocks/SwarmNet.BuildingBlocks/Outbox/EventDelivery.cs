using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Outbox;

internal interface IEventDelivery
{
    /// <summary>Runs every handler that has not yet seen the event; returns null when all have it, else the first error.</summary>
    Task<string?> DeliverAsync(IServiceScopeFactory scopes, OutboxRow row, CancellationToken ct);
}

internal sealed class EventDelivery<TEvent> : IEventDelivery where TEvent : IIntegrationEvent
{
    public async Task<string?> DeliverAsync(IServiceScopeFactory scopes, OutboxRow row, CancellationToken ct)
    {
        var integrationEvent = JsonSerializer.Deserialize<TEvent>(row.Payload, Outbox.Json)!;
        var context = new IntegrationEventContext(row.Id, row.OccurredAt);
        string? firstError = null;
        var handlerTypes = await HandlerTypesAsync(scopes);
        foreach (var handlerType in handlerTypes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var session = scope.ServiceProvider.GetRequiredService<DbSession>();
            var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>().First(h => h.GetType() == handlerType);
            var handlerName = handlerType.FullName!;
            await session.BeginAsync(ct);
            try
            {
                var seen = await session.ExecuteScalarAsync<long>(OutboxSql.InboxSeenSql, new { EventId = row.Id, Handler = handlerName }, ct);
                if (seen == 0)
                {
                    await handler.HandleAsync(integrationEvent, context, ct);
                    var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
                    await session.ExecuteAsync(OutboxSql.InsertInboxSql, new { EventId = row.Id, Handler = handlerName, Now = now }, ct);
                }
                await session.CommitAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await session.RollbackAsync();
                firstError ??= $"{handlerName}: {ex.GetType().Name}: {ex.Message}";
            }
        }
        return firstError;
    }

    private static async Task<List<Type>> HandlerTypesAsync(IServiceScopeFactory scopes)
    {
        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>().Select(h => h.GetType()).Distinct().ToList();
    }
}
