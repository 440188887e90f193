namespace SwarmNet.BuildingBlocks.Migrations;

/// <summary>What /health and the migrate verb report.</summary>
public sealed record MigrationStatus(IReadOnlyList<string> Pending, IReadOnlyList<string> Changed)
{
    public bool IsCurrent => Pending.Count == 0 && Changed.Count == 0;
}

/// <summary>An applied script was edited afterwards: start-up stops rather than run on an unknown schema.</summary>
public sealed class MigrationChecksumException(IReadOnlyList<string> changed) : Exception(
    "Applied migration script(s) changed since they ran: " + string.Join(", ", changed) +
    ". Applied scripts are never edited: restore them and add a new numbered script instead.")
{
    public IReadOnlyList<string> Changed { get; } = changed;
}
