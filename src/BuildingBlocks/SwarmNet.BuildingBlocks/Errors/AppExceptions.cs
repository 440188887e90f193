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

/// <summary>The actor may see the resource but not do this to it (e.g. a member who is not an admin): HTTP 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
