using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>
/// The licence's own columns of licences_licences (brand, territory, sublicensing); the kernel's (parties, term, terms,
/// status…) come as its <see cref="ContractRecord"/>, and the two make the content.
/// </summary>
internal sealed class LicenceRow
{
    public Guid Id { get; init; }
    public string BrandName { get; init; } = "";
    public string? BrandInpiNumber { get; init; }
    public string BrandNiceClasses { get; init; } = "[]";
    public string BrandActivities { get; init; } = "[]";
    public string TerritoryCommunes { get; init; } = "[]";
    public string TerritoryDepartments { get; init; } = "[]";
    public string? TerritoryDescription { get; init; }
    public bool SublicensingAllowed { get; init; }

    public Territory Territory => new(ContractJson.Read<string[]>(TerritoryCommunes), ContractJson.Read<string[]>(TerritoryDepartments), TerritoryDescription);

    public LicenceContent ContentWith(ContractRecord contract) => new(
        new LicensedBrand(BrandName, BrandInpiNumber, ContractJson.Read<int[]>(BrandNiceClasses), ContractJson.Read<string[]>(BrandActivities)),
        Territory, contract.Exclusive, SublicensingAllowed, contract.Term,
        ContractJson.ReadOrNull<RoyaltyTerms>(contract.RoyaltyTerms), ContractJson.Read<ObligationTerm[]>(contract.ObligationTerms), contract.Exit);

    public const string Columns = """
        l.id, l.brand_name, l.brand_inpi_number, l.brand_nice_classes, l.brand_activities,
        l.territory_communes, l.territory_departments, l.territory_description, l.sublicensing_allowed
        """;

    /// <summary>Seen by the grantor's and the licensee's members and platform admins; needs @All and @OrgIds.</summary>
    public const string Visible = "(@All = 1 OR l.grantor_organization_id IN @OrgIds OR l.licensee_organization_id IN @OrgIds)";
}
