using Microsoft.Extensions.Configuration;

namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>
/// Who this dispatcher is: the host (<c>Outbox:HostName</c>, the machine's name by default; stable across restarts,
/// distinct per host sharing a database) and this process (new at each start). A host starting again knows that the
/// leases its earlier process held are orphans and takes them back at once instead of waiting for them to run out.
/// </summary>
public sealed record OutboxInstance(string Host, Guid Process)
{
    public static OutboxInstance From(IConfiguration configuration) =>
        new(configuration["Outbox:HostName"] is { Length: > 0 } host ? host : Environment.MachineName, Guid.CreateVersion7());
}
