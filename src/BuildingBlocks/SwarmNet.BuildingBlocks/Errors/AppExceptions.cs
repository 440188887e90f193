namespace SwarmNet.BuildingBlocks.Errors;

/// <summary>Input that breaks a rule: becomes HTTP 400 / CLI exit 2 listing every field.</summary>
public sealed class InputValidationException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public InputValidationException(string path, string message) : this([new FieldError(path, message)]) { }
}

/// <summary>The resource does not exist, or the actor may not know it exists: HTTP 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The change conflicts with the current state (stale version, duplicate key): HTTP 409.</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>
/// The actor sees the resource but may not do this to it: HTTP 403. A resource the actor may not see is a
/// <see cref="NotFoundException"/> instead, so its existence is never revealed.
/// </summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>
/// The database stayed busy through every attempt (another writer held the lock, or a deadlock): HTTP 503 with
/// Retry-After. Nothing was written; the same request may simply be sent again.
/// </summary>
public sealed class ServiceBusyException(Exception? inner = null) : Exception("The database is busy; retry shortly.", inner)
{
    /// <summary>What the answer's Retry-After says: long enough for a queue of short commands to drain.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Too much of a limited resource is asked for at once (password hashing under a flood, say): HTTP 429 with
/// Retry-After. Nothing was done; the same request may be sent again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class TooManyRequestsException(TimeSpan retryAfter) : Exception("Too many requests; retry shortly.")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>The request body is larger than the endpoint accepts: HTTP 413, the message naming the limit.</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);
