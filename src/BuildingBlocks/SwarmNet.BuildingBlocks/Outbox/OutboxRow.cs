namespace SwarmNet.BuildingBlocks.Outbox;

internal sealed class OutboxRow
{
    public Guid Id { get; init; }
    public string EventName { get; init; } = "";
    public string Payload { get; init; } = "";
    public DateTimeOffset OccurredAt { get; init; }
    public int Attempts { get; init; }
    public Guid LockId { get; init; }
}
