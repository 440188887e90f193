using Microsoft.Extensions.Caching.Memory;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>
/// Growing delays after failed sign-ins instead of a lockout anyone could trigger (OWASP Authentication Cheat Sheet):
/// failures of one account from one client address delay that pair only, so an attacker throttles themself while the
/// owner signs in from elsewhere; failures of one account from many addresses (a botnet) delay everyone for that
/// account, from a higher threshold. Each address also has a budget of attempts per minute whatever the accounts (a
/// spray of one guess per account), counted here so that the pages' sign-in form, which no endpoint limiter sees, has
/// it too. A throttled attempt is refused before any password is hashed. In memory, per host: a restart forgets,
/// several hosts each count (docs/adr/0054).
/// </summary>
internal sealed class SignInThrottle(TimeProvider clock, AccessOptions options) : IDisposable
{
    internal const int FreeFailuresPerAddress = 3;
    internal const int FreeFailuresPerAccount = 50;
    internal static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);

    // Bounded: a flood of random e-mails evicts old entries instead of growing memory.
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>How long the caller must wait before this account may be tried from this address; zero when free.</summary>
    public TimeSpan RetryAfter(string email, string address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var key in Keys(email, address))
        {
            if (!_failures.TryGetValue(key, out Failures? failures))
                continue;
            lock (failures!)
            {
                if (failures.NotBefore - now > wait)
                    wait = failures.NotBefore - now;
            }
        }
        return wait;
    }

    /// <summary>Spends one of this address's attempts of the current minute; past the budget, the wait until the next minute.</summary>
    public TimeSpan SpendAttempt(string address)
    {
        var now = clock.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var attempts = _failures.GetOrCreate($"{address}\n{minute}", entry =>
        {
            // The minute is in the key; the cache (on its own clock) only has to forget old minutes eventually.
            entry.Size = 1;
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2);
            return new Failures();
        })!;
        lock (attempts)
            return ++attempts.Count <= options.SignInAttemptsPerMinute ? TimeSpan.Zero : DateTimeOffset.FromUnixTimeSeconds((minute + 1) * 60) - now;
    }

    public void Failed(string email, string address)
    {
        var now = clock.GetUtcNow();
        Count(PairKey(email, address), FreeFailuresPerAddress, now);
        Count(AccountKey(email), FreeFailuresPerAccount, now);
    }

    /// <summary>The right password from this address: it starts afresh (the account-wide count too: its owner is here).</summary>
    public void Succeeded(string email, string address)
    {
        _failures.Remove(PairKey(email, address));
        _failures.Remove(AccountKey(email));
    }

    /// <summary>1 s after the free failures, doubling each time, at most 15 minutes.</summary>
    internal static TimeSpan DelayAfter(int failures, int free) =>
        failures <= free ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(failures - free - 1, 20)), MaxDelay.TotalSeconds));

    private void Count(string key, int free, DateTimeOffset now)
    {
        var failures = _failures.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return new Failures();
        })!;
        lock (failures)
        {
            failures.Count++;
            failures.NotBefore = now + DelayAfter(failures.Count, free);
        }
    }

    private static string[] Keys(string email, string address) => [PairKey(email, address), AccountKey(email)];

    private static string PairKey(string email, string address) => email + "\n" + address;

    private static string AccountKey(string email) => email;

    public void Dispose() => _failures.Dispose();

    private sealed class Failures
    {
        public int Count { get; set; }
        public DateTimeOffset NotBefore { get; set; }
    }
}
