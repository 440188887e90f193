using System.Globalization;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Statements;

namespace SwarmNet.Web.Pages.Royalties;

/// <summary>How a statement is named to a reader: its period as a month ("novembre 2026") or a span of dates.</summary>
public static class StatementText
{
    public static string Period(StatementSummaryDto s) =>
        s.PeriodStart.Day == 1 && s.PeriodEnd == s.PeriodStart.AddMonths(1).AddDays(-1)
            ? s.PeriodStart.ToString("MMMM yyyy", CultureInfo.CurrentCulture)
            : Text.T($"du {Shared.Dates.Short(s.PeriodStart)} au {Shared.Dates.Short(s.PeriodEnd)}", $"{Shared.Dates.Short(s.PeriodStart)} to {Shared.Dates.Short(s.PeriodEnd)}");

    public static string Title(StatementSummaryDto s) => s.InvoiceNumber is { } number
        ? Text.T($"Facture {number} — {s.StructureName}", $"Invoice {number} — {s.StructureName}")
        : Text.T($"Relevé de redevances — {s.StructureName}", $"Royalty statement — {s.StructureName}");
}
