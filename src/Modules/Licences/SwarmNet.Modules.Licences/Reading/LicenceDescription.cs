using SwarmNet.ContractKernel.AnyKind;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Reading;

/// <summary>A licence's own content as its parties read it on any page of contracts: brand, territory, exclusivity, sublicensing.</summary>
internal static class LicenceDescription
{
    public static IReadOnlyList<ContentLine> Of(LicenceRow row, ContractRecord contract)
    {
        var brand = row.ContentWith(contract).Brand!;
        var territory = row.Territory;
        var lines = new List<ContentLine> { new(Text.T("Marque", "Brand"), brand.Name ?? "") };
        if (brand.InpiNumber is { } inpi)
            lines.Add(new(Text.T("Numéro INPI", "INPI number"), inpi));
        lines.Add(new(Text.T("Classes de Nice", "Nice classes"), string.Join(", ", brand.NiceClasses ?? [])));
        lines.Add(new(Text.T("Activités concédées", "Licensed activities"), string.Join(" ; ", brand.Activities ?? [])));
        if (territory.CommuneCodes.Count > 0)
            lines.Add(new(Text.T("Communes (INSEE)", "Communes (INSEE)"), string.Join(", ", territory.CommuneCodes)));
        if (territory.DepartmentCodes.Count > 0)
            lines.Add(new(Text.T("Départements", "Departments"), string.Join(", ", territory.DepartmentCodes)));
        if (territory.Description is { } description)
            lines.Add(new(Text.T("Territoire", "Territory"), description));
        lines.Add(new(Text.T("Exclusivité", "Exclusivity"), contract.Exclusive ? Text.T("exclusive", "exclusive") : Text.T("non exclusive", "non-exclusive")));
        lines.Add(new(Text.T("Sous-licence", "Sublicensing"), row.SublicensingAllowed ? Text.T("autorisée", "allowed") : Text.T("non autorisée", "not allowed")));
        return lines;
    }
}
