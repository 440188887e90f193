namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// What a partner gives another (apport), as the contract writes it: money on a schedule of instalments, something in kind
/// with its valuation, or staff time in days with its valuation — each with a code the partners name it by.
/// Fields of another kind must be absent, so a contribution reads one way only.
/// </summary>
internal sealed record ContributionTerms(
    string? Code,
    ContributionKind? Kind,
    Guid? FromOrganizationId,
    Guid? ToOrganizationId,
    string? Description,
    decimal? Amount = null,
    IReadOnlyList<Instalment?>? Schedule = null,
    decimal? Valuation = null,
    decimal? Days = null,
    DateOnly? DueDate = null)
{
    /// <summary>What it is worth in euros: the amount of money, else the valuation.</summary>
    public decimal Value => (Kind == ContributionKind.Financial ? Amount : Valuation) ?? 0m;
}

/// <summary>One payment of a financial contribution: its due date and amount.</summary>
internal sealed record Instalment(DateOnly? DueDate, decimal? Amount);

internal enum ContributionKind
{
    Financial,
    InKind,
    StaffTime,
}

/// <summary>Of a contribution or a milestone: planned until its due date passes undone (late), delivered once recorded.</summary>
internal enum ProgressStatus
{
    Planned,
    Delivered,
    Late,
}
