namespace SwarmNet.BuildingBlocks.Data;

/// <summary>
/// One writer at a time in this process, where the database admits one writer anyway (SQLite): commands wait here
/// asynchronously instead of each blocking a thread-pool thread inside SQLite's busy handler, which starved the whole
/// host under a burst of writes. Other processes on the same file still meet the busy timeout.
/// </summary>
internal sealed class WriterGate(TimeSpan wait)
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public TimeSpan Wait { get; } = wait;

    /// <summary>False when the wait ran out: the caller answers "busy, retry".</summary>
    public Task<bool> EnterAsync(CancellationToken ct) => _semaphore.WaitAsync(Wait, ct);

    public void Leave() => _semaphore.Release();
}
