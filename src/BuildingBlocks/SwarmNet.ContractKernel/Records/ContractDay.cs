namespace SwarmNet.ContractKernel.Records;

public static class ContractDay
{
    /// <summary>The contract day, in UTC like the rest of the platform.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
