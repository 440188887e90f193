using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.Modules.Affiliations.Domain;

namespace SwarmNet.Modules.Affiliations.Reading;

/// <summary>An agreement's own content as its parties read it on the shared contract page: the signs granted, the network's services, exclusivity.</summary>
internal static class AffiliationDescription
{
    public static IReadOnlyList<ContentLine> Of(AffiliationContent content, bool exclusive)
    {
        var lines = (content.DistinctiveSigns ?? []).OfType<DistinctiveSign>()
            .Select(s => new ContentLine(Text.T("Signe distinctif", "Distinctive sign"), $"{s.Brand} ({Sign(s.Kind)}){(s.Description is { } d ? $" : {d}" : "")}"))
            .Concat((content.Services ?? []).OfType<NetworkService>()
                .Select(s => new ContentLine(Text.T("Service du réseau", "Network service"), $"{s.Label} — {Cost(s.Cost)}")))
            .ToList();
        lines.Add(new(Text.T("Exclusivité", "Exclusivity"), exclusive ? Text.T("exclusive", "exclusive") : Text.T("non exclusive", "non-exclusive")));
        return lines;
    }

    private static string Sign(SignKind? kind) => kind switch
    {
        SignKind.Name => Text.T("nom", "name"),
        SignKind.Logo => Text.T("logo", "logo"),
        SignKind.VisualCharter => Text.T("charte graphique", "visual identity"),
        _ => Text.T("autre", "other"),
    };

    private static string Cost(ServiceCost? cost) => cost switch
    {
        { Amount: { } amount, Per: CostPeriod.Monthly } => Text.T($"{amount:0.00} € HT par mois", $"€{amount:0.00} excl. VAT a month"),
        { Amount: { } amount, Per: CostPeriod.Yearly } => Text.T($"{amount:0.00} € HT par an", $"€{amount:0.00} excl. VAT a year"),
        { Amount: { } amount } => Text.T($"{amount:0.00} € HT une fois", $"€{amount:0.00} excl. VAT once"),
        _ => Text.T("inclus", "included"),
    };
}
