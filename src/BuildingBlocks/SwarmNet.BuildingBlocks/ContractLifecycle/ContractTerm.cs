using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.ContractLifecycle;

/// <summary>
/// When a contract runs: from <see cref="EffectiveDate"/> to <see cref="EndDate"/> inclusive, or indefinitely. With tacit
/// renewal it renews by <see cref="RenewalMonths"/> unless a party says otherwise <see cref="NoticeDays"/> before the end.
/// </summary>
public sealed record ContractTerm(DateOnly EffectiveDate, DateOnly? EndDate, bool TacitRenewal = false, int RenewalMonths = 12, int NoticeDays = 90)
{
    public const int MaxNoticeDays = 730;
    public const int MaxRenewalMonths = 120;

    public bool IsIndefinite => EndDate is null;

    /// <summary>The last day to decide on renewal (or to give notice of non-renewal).</summary>
    public DateOnly? RenewalDecisionDue => EndDate?.AddDays(-NoticeDays);

    /// <summary>The next term: it starts the day after the end, and each boundary is computed from that start (no drift).</summary>
    public ContractTerm Renewed()
    {
        var end = EndDate ?? throw new InvalidOperationException("An indefinite contract does not renew.");
        var nextStart = end.AddDays(1);
        return this with { EndDate = nextStart.AddMonths(RenewalMonths).AddDays(-1) };
    }

    public bool Covers(DateOnly day) => day >= EffectiveDate && (EndDate is null || day <= EndDate);

    /// <summary>Every rule at once, paths under <paramref name="prefix"/> (e.g. "/term").</summary>
    public IReadOnlyList<FieldError> Validate(string prefix)
    {
        var errors = new List<FieldError>();
        if (EndDate < EffectiveDate)
            errors.Add(new($"{prefix}/endDate", Text.T("La date de fin précède la date d'effet.", "The end date precedes the effective date.")));
        if (NoticeDays is < 0 or > MaxNoticeDays)
            errors.Add(new($"{prefix}/noticeDays", Text.T($"Préavis entre 0 et {MaxNoticeDays} jours.", $"Notice between 0 and {MaxNoticeDays} days.")));
        if (TacitRenewal && EndDate is null)
            errors.Add(new($"{prefix}/tacitRenewal", Text.T("La tacite reconduction suppose une date de fin.", "Tacit renewal needs an end date.")));
        if (TacitRenewal && RenewalMonths is < 1 or > MaxRenewalMonths)
            errors.Add(new($"{prefix}/renewalMonths", Text.T($"Reconduction de 1 à {MaxRenewalMonths} mois.", $"Renewal of 1 to {MaxRenewalMonths} months.")));
        if (EndDate is { } end && NoticeDays > end.DayNumber - EffectiveDate.DayNumber)
            errors.Add(new($"{prefix}/noticeDays", Text.T("Le préavis dépasse la durée du contrat.", "The notice is longer than the contract.")));
        return errors;
    }
}
