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

    /// <summary>Which parts an edit changed, for the history ("brand, royaltyTerms").</summary>
    public static string Changes(LicenceContent before, LicenceContent after)
    {
        var parts = new (string Name, object? Before, object? After)[]
        {
            ("brand", before.Brand, after.Brand), ("territory", before.Territory, after.Territory), ("exclusive", before.Exclusive, after.Exclusive),
            ("sublicensingAllowed", before.SublicensingAllowed, after.SublicensingAllowed), ("term", before.Term, after.Term),
            ("royaltyTerms", before.RoyaltyTerms, after.RoyaltyTerms), ("obligationTerms", before.ObligationTerms, after.ObligationTerms),
            ("exitTerms", before.ExitTerms, after.ExitTerms),
        };
        var changed = parts.Where(p => ContractJson.Write(p.Before) != ContractJson.Write(p.After)).Select(p => p.Name).ToList();
        return changed.Count == 0 ? Text.T("aucun changement", "no change") : Text.T("modifié : ", "changed: ") + string.Join(", ", changed);
    }
}
