namespace SwarmNet.Testing;

/// <summary>
/// Time the test controls: starts at a fixed instant, moves only when told. Safe to read from the host's background
/// threads (the outbox, the jobs) while a test moves it.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private long _utcTicks = start.UtcTicks;

    public ManualClock() : this(DefaultStart) { }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public DateOnly Today => DateOnly.FromDateTime(GetUtcNow().UtcDateTime);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _utcTicks, now.UtcTicks);
}
