namespace SwarmNet.Modules.Licences.Domain;

internal static class Today
{
    /// <summary>The contract day, in UTC like the rest of the platform.</summary>
    public static DateOnly Of(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
