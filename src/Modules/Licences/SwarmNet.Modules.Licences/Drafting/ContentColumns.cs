using SwarmNet.Modules.Licences.Domain;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>The editable columns of a licence, from validated content: one place for draft and edit.</summary>
internal static class ContentColumns
{
    public static Dictionary<string, object?> Of(LicenceContent content)
    {
        var brand = content.Brand!;
        var territory = content.Territory!;
        var term = content.Term!;
        return new()
        {
            ["BrandName"] = brand.Name!.Trim(),
            ["BrandKey"] = LicensedBrand.KeyOf(brand.Name),
            ["BrandInpiNumber"] = brand.InpiNumber?.Trim(),
            ["BrandNiceClasses"] = ContractJson.Write(brand.NiceClasses!.Order().ToArray()),
            ["BrandActivities"] = ContractJson.Write(brand.Activities!.Select(a => a.Trim()).ToArray()),
            ["TerritoryCommunes"] = ContractJson.Write(territory.CommuneCodes),
            ["TerritoryDepartments"] = ContractJson.Write(territory.DepartmentCodes),
            ["TerritoryDescription"] = string.IsNullOrWhiteSpace(territory.Description) ? null : territory.Description.Trim(),
            ["Exclusive"] = content.Exclusive,
            ["SublicensingAllowed"] = content.SublicensingAllowed,
            ["RoyaltyTerms"] = ContractJson.WriteOrNull(content.RoyaltyTerms),
            ["ObligationTerms"] = ContractJson.Write(content.ObligationTerms ?? []),
            ["ExitTerms"] = ContractJson.WriteOrNull(content.ExitTerms),
            ["EffectiveDate"] = term.EffectiveDate,
            ["EndDate"] = term.EndDate,
            ["TacitRenewal"] = term.TacitRenewal,
            ["RenewalMonths"] = term.RenewalMonths,
            ["NoticeDays"] = term.NoticeDays,
        };
    }
}
