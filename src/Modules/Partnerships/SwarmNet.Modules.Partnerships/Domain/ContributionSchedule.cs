using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>One thing due under a contribution: an instalment of money (numbered 1…n), or the whole contribution in kind or time (number 1).</summary>
internal sealed record DueItem(string Code, int Number, DateOnly DueDate, decimal Value, decimal Days);

/// <summary>A delivery recorded against a due item.</summary>
internal sealed record Delivery(string Code, int Number, DateOnly DeliveredOn, decimal Value);

/// <summary>
/// The dates a contribution falls due, whether each was delivered (planned, delivered, late on the day after its due date),
/// and the payment obligations a financial schedule gives (category payment, owed by the giver, once on each date).
/// </summary>
internal static class ContributionSchedule
{
    public static IReadOnlyList<DueItem> Items(ContributionTerms c) => c.Kind == ContributionKind.Financial
        ? (c.Schedule ?? []).OfType<Instalment>().Select((s, i) => new DueItem(c.Code!, i + 1, s.DueDate!.Value, s.Amount!.Value, 0m)).ToList()
        : [new DueItem(c.Code!, 1, c.DueDate!.Value, c.Valuation ?? 0m, c.Days ?? 0m)];

    public static ProgressStatus StatusOf(DueItem item, Delivery? delivery, DateOnly today) =>
        delivery is not null ? ProgressStatus.Delivered : item.DueDate < today ? ProgressStatus.Late : ProgressStatus.Planned;

    /// <summary>A contribution is late when one of its items is, delivered when all are, planned otherwise.</summary>
    public static ProgressStatus StatusOf(IReadOnlyList<ProgressStatus> items) =>
        items.Contains(ProgressStatus.Late) ? ProgressStatus.Late
        : items.All(s => s == ProgressStatus.Delivered) ? ProgressStatus.Delivered
        : ProgressStatus.Planned;

    /// <summary>The obligation code of an instalment: the contribution's code and the instalment's number ("REGION-2").</summary>
    public static string ObligationCode(string code, int number) => $"{code}-{number}";

    public static IEnumerable<ObligationTerm> Obligations(IEnumerable<ContributionTerms> contributions) => contributions
        .Where(c => c.Kind == ContributionKind.Financial)
        .SelectMany(c => Items(c).Select(item => new ObligationTerm
        {
            Code = ObligationCode(item.Code, item.Number),
            Title = Shorten($"Versement {item.Number}/{c.Schedule!.Count} de l'apport {c.Code} : {c.Description!.Trim()}"),
            Category = "payment",
            Actor = c.FromOrganizationId!.Value.ToString("D"),
            Evidence = "none",
            Schedule = new ObligationSchedule { Kind = ObligationVocabulary.Once, Date = item.DueDate },
            Reminders = [15, 1],
        }));

    internal static string Shorten(string title) => title.Length <= ObligationVocabulary.MaxTitleLength ? title : title[..(ObligationVocabulary.MaxTitleLength - 1)] + "…";
}
