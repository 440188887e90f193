namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>
/// Names an integration event with a stable, versioned name ("network.organization-registered.v1") that is what
/// the outbox persists: renaming or moving the C# type never orphans stored events.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class IntegrationEventAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>A fact one module publishes for others, serialised to JSON in the outbox.</summary>
public interface IIntegrationEvent;

/// <summary>Delivery facts a handler may need: the event's id (for idempotency) and when it happened.</summary>
public sealed record IntegrationEventContext(Guid EventId, DateTimeOffset OccurredAt);

/// <summary>
/// Receives one kind of event. Each handler runs in its own transaction with its own inbox row, so it sees an
/// event at most once and a failing handler neither blocks nor replays the others.
/// </summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken ct);
}
