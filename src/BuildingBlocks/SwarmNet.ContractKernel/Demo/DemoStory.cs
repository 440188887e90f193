namespace SwarmNet.ContractKernel.Demo;

/// <summary>
/// When things happened in the demo's story of a contract: drafted three weeks before it was signed, signed a fortnight
/// before its effective date (or two days ago when that date is still to come), in force from that date.
/// </summary>
public sealed record DemoStory(DateTimeOffset Drafted, DateTimeOffset Signed, DateTimeOffset Activated, DateTimeOffset Last)
{
    public static DemoStory Of(DateOnly effective, bool signed, DateOnly today)
    {
        var signedOn = effective.AddDays(-15) < today ? effective.AddDays(-15) : today.AddDays(-2);
        var draftedOn = signed ? signedOn.AddDays(-21) : today.AddDays(-10);
        var (drafted, signedAt, activated) = (At(draftedOn, 9), At(signedOn, 15), At(effective, 2));
        return new DemoStory(drafted, signedAt, activated, !signed ? drafted : effective <= today ? activated : signedAt);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 15)), TimeSpan.Zero);
}
