using System.Threading.RateLimiting;
using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>
/// Password hashing (PBKDF2, some 50 ms of a core) is the one heavy thing an anonymous caller can ask for, so every
/// request-driven hash runs here: at most <see cref="AccessOptions.PasswordHashesAtOnce"/> at a time (half the cores by
/// default) and a short queue; past it the caller gets 429 with Retry-After. However many addresses flood sign-in, they
/// slow sign-ins only, never take the whole CPU from everyone else's requests (docs/adr/0058).
/// </summary>
internal sealed class PasswordWork(AccessOptions options) : IDisposable
{
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.PasswordHashesAtOnce, QueueLimit = options.PasswordHashesQueued, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>Runs the hashing once a slot is free; a full queue is a <see cref="TooManyRequestsException"/>.</summary>
    public async Task<T> RunAsync<T>(Func<T> hashing, CancellationToken cancellationToken)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (!lease.IsAcquired)
            throw new TooManyRequestsException(RetryAfter);
        return hashing();
    }

    public Task<string> HashAsync(string password, CancellationToken cancellationToken) => RunAsync(() => Passwords.Hash(password), cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
