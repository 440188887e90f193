namespace SwarmNet.Web.Pages.Contracts;

/// <summary>Every kind the pages know, in the order they are shown.</summary>
public static class ContractKindsList
{
    public static readonly ContractKind[] All = [ContractKind.Licence, ContractKind.Affiliation, ContractKind.Partnership];
}
