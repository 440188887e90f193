using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Testing;

/// <summary>
/// Refuses every transaction lock whose name starts with <paramref name="prefix"/> — as SQL Server does when another
/// host holds it past the timeout — and records the names asked for, refused or not.
/// </summary>
public sealed class RefusedLocks(string prefix) : ITransactionLocks
{
    private readonly List<string> _asked = [];

    public IReadOnlyList<string> Asked
    {
        get { lock (_asked) return [.. _asked]; }
    }

    public Task<bool> TryTakeAsync(DbSession session, string resource, CancellationToken ct)
    {
        lock (_asked)
            _asked.Add(resource);
        return Task.FromResult(!resource.StartsWith(prefix, StringComparison.Ordinal));
    }
}
