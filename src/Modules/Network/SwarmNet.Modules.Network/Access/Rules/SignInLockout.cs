namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>Five consecutive failed sign-ins lock the account for fifteen minutes; a success resets the count.</summary>
internal static class SignInLockout
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(15);

    public static bool IsLocked(DateTimeOffset? lockedUntil, DateTimeOffset now) => lockedUntil > now;

    /// <summary>The state after one more failure: the count, or a lock (and a fresh count) at the fifth.</summary>
    public static (int Failures, DateTimeOffset? LockedUntil) AfterFailure(int failures, DateTimeOffset now)
    {
        var count = failures + 1;
        return count >= MaxFailures ? (0, now + Duration) : (count, null);
    }
}
