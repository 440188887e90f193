using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Reading;

/// <summary>A partnership's own content as the kind-neutral contract page shows it: objective, partners, and what its parts hold.</summary>
internal static class PartnershipDescription
{
    public static IReadOnlyList<ContentLine> Of(PartnershipRow row)
    {
        var content = row.ContentOf();
        var lines = new List<ContentLine>
        {
            new(Text.T("Objectif commun", "Common objective"), content.Objective?.Trim() ?? ""),
            new(Text.T("Partenaires", "Partners"), string.Join(", ", row.Partners.Select(p => $"{p.OrganizationName} ({Glossary.Of(p.RoleOf)})"))),
        };
        foreach (var kind in content.ContributionList.GroupBy(c => c.Kind!.Value))
            lines.Add(new(Glossary.Of(kind.Key), Text.T($"{kind.Count()} apport(s), {kind.Sum(c => c.Value):N2} €", $"{kind.Count()} contribution(s), EUR {kind.Sum(c => c.Value):N2}")));
        if (content.Committee?.Cadence is { } cadence)
            lines.Add(new(Text.T("Comité de pilotage", "Steering committee"), Glossary.Of(cadence)));
        if (content.MilestoneList.Count > 0)
            lines.Add(new(Text.T("Jalons et livrables", "Milestones and deliverables"), string.Join(", ", content.MilestoneList.Select(m => m.Title!.Trim()))));
        if (content.IndicatorList.Count > 0)
            lines.Add(new(Text.T("Indicateurs d'impact", "Impact indicators"), string.Join(", ", content.IndicatorList.Select(i => i.Label!.Trim()))));
        return lines;
    }
}
