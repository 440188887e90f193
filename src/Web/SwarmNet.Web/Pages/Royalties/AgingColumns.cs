using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Receivables;

namespace SwarmNet.Web.Pages.Royalties;

/// <summary>The aged receivables' amount columns, in the order an accountant reads them: by lateness, the total, then charges.</summary>
public sealed record AgingColumns(string Title, Func<AgingBuckets, decimal> Amount)
{
    public static IReadOnlyList<AgingColumns> All =>
    [
        new(Text.T("Non échu", "Not due"), b => b.NotDue),
        new(Text.T("0–30 j", "0–30 d"), b => b.Days0To30),
        new(Text.T("31–60 j", "31–60 d"), b => b.Days31To60),
        new(Text.T("61–90 j", "61–90 d"), b => b.Days61To90),
        new(Text.T("Plus de 90 j", "Over 90 d"), b => b.Over90),
        new(Text.T("Total dû", "Total owed"), b => b.Total),
        new(Text.T("Pénalités de retard", "Late-payment interest"), b => b.LateInterest),
        new(Text.T("Indemnités", "Indemnities"), b => b.Indemnities),
    ];
}
