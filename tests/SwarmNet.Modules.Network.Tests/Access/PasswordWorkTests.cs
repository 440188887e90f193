using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Access;
using SwarmNet.Modules.Network.Access.Rules;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>
/// A flood from many addresses at many accounts escapes the address limit and the account delays; what still holds is
/// that only so many password hashes run at once and only so many wait: the rest are refused at once (429).
/// </summary>
public sealed class PasswordWorkTests
{
    [Fact]
    public async Task Past_the_slots_and_the_queue_a_hash_is_refused_with_a_retry_delay_and_the_others_still_run()
    {
        using var work = new PasswordWork(new AccessOptions { PasswordHashesAtOnce = 1, PasswordHashesQueued = 1 });
        using var started = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        var running = 0;
        var mostAtOnce = 0;
        int Hash(int value)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            started.Release();
            release.Wait(TimeSpan.FromSeconds(30));
            Interlocked.Decrement(ref running);
            return value;
        }

        var first = Task.Run(() => work.RunAsync(() => Hash(1), CancellationToken.None));
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(30)));
        var queued = work.RunAsync(() => Hash(2), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<TooManyRequestsException>(() => work.RunAsync(() => Hash(3), CancellationToken.None));
        release.Set();

        Assert.Equal((1, 2), (await first, await queued));
        Assert.Equal(PasswordWork.RetryAfter, refused.RetryAfter);
        Assert.Equal(1, mostAtOnce);
        Assert.Equal(7, await work.RunAsync(() => 7, CancellationToken.None));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
