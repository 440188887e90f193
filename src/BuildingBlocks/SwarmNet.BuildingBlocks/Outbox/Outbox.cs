using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>Writes integration events in the current command's transaction; they leave only if it commits.</summary>
public sealed class Outbox(DbSession session, IntegrationEventRegistry registry, TimeProvider clock, OutboxSignal signal)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<Guid> PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken ct) where TEvent : IIntegrationEvent
    {
        if (session.Transaction is null)
            throw new InvalidOperationException("Integration events are written inside a command's transaction.");
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await session.ExecuteAsync(InsertOutboxSql, new
        {
            Id = id,
            EventName = registry.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent, Json),
            OccurredAt = now,
            NextAttemptAt = now,
        }, ct);
        session.AfterCommit(signal.Notify);
        return id;
    }

    internal const string InsertOutboxSql = """
        INSERT INTO platform_outbox (id, event_name, payload, occurred_at, attempts, next_attempt_at)
        VALUES (@Id, @EventName, @Payload, @OccurredAt, 0, @NextAttemptAt)
        """;
}
