using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.Web.Sending;

/// <summary>
/// What came back from a request sent by a page: the value, or what the user must fix (the fields the API's 400 would
/// list, by JSON pointer), or why it was refused (the API's 404, 403, 409 or 413 message, already in the user's language).
/// </summary>
public sealed record Sent<T>(T? Value, IReadOnlyList<FieldError> Errors, string? Refusal)
{
    public bool Succeeded => Errors.Count == 0 && Refusal is null;

    public static Sent<T> Success(T value) => new(value, [], null);

    public static Sent<T> Invalid(IReadOnlyList<FieldError> errors) => new(default, errors, null);

    public static Sent<T> Refused(string message) => new(default, [], message);

    /// <summary>The messages for one field (its JSON pointer, e.g. "/password"), empty when it is fine.</summary>
    public IEnumerable<string> For(string path) => Errors.Where(e => e.Path == path).Select(e => e.Message);

    /// <summary>Everything to show at the top of a form: the refusal, and the errors of fields the form does not show.</summary>
    public IEnumerable<string> General(params string[] shownPaths) =>
        (Refusal is null ? [] : new[] { Refusal }).Concat(Errors.Where(e => !shownPaths.Contains(e.Path)).Select(e => e.Message));
}
