namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>
/// One obligation a contract's party accepts, in the shape of docs "obligation-terms". Fields are nullable and
/// vocabulary is text, so a missing or unknown value reaches <see cref="ObligationTermsValidator"/> and comes back
/// as a field error instead of failing deserialisation (serialise with camelCase, e.g. JsonSerializerDefaults.Web).
/// </summary>
public sealed record ObligationTerm
{
    /// <summary>1–20 characters, unique within the contract.</summary>
    public string? Code { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>See <see cref="ObligationVocabulary.Categories"/>.</summary>
    public string? Category { get; init; }

    /// <summary>grantee, grantor, or a partner's organisation id.</summary>
    public string? Actor { get; init; }

    /// <summary>none, file, indicators or declaration.</summary>
    public string? Evidence { get; init; }

    public ObligationSchedule? Schedule { get; init; }

    /// <summary>Days before the due date; absent means no reminder.</summary>
    public IReadOnlyList<int>? Reminders { get; init; }

    public int? EscalateAfterDays { get; init; }
}
