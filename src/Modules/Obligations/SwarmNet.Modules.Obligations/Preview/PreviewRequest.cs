using System.Text.Json.Serialization;
using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Obligations.Preview;

/// <summary>The preview's input (obligation-terms.md, "Preview"). Nullable fields so a missing one is a field error.</summary>
internal sealed record PreviewRequest
{
    public DateOnly? EffectiveDate { get; init; }

    public DateOnly? EndDate { get; init; }

    public PreviewRoyaltyTerms? RoyaltyTerms { get; init; }

    public IReadOnlyList<ObligationTerm?>? Obligations { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

/// <summary>Only the grid's two words are read; the spec lets callers pass whole royalty terms, so other fields are skipped.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record PreviewRoyaltyTerms
{
    public string? Periodicity { get; init; }

    public string? RoyaltyYear { get; init; }
}

/// <summary>The preview's output, sorted by due date then code.</summary>
internal sealed record PreviewResult(IReadOnlyList<PreviewOccurrence> Occurrences);

internal sealed record PreviewOccurrence(
    string Code, DateOnly DueDate, DateOnly? PeriodStart, DateOnly? PeriodEnd, IReadOnlyList<DateOnly> ReminderDates, DateOnly? EscalationDate);
