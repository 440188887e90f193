namespace SwarmNet.ContractKernel.Kinds;

/// <summary>
/// What a contract module tells the kernel about itself: its table prefix (the kernel's tables are
/// <c>{prefix}_history</c>, <c>{prefix}_amendments</c>, <c>{prefix}_signatures</c>…), the kind its events name, the noun its
/// messages use. A new module keeps the defaults; Licences names the tables it had before the kernel.
/// </summary>
/// <param name="Prefix">The module's table prefix and job/lock namespace, e.g. "affiliations".</param>
/// <param name="Kind">licence, affiliation or partnership (ContractActivated.ContractKind, document folder).</param>
public sealed record ContractKindInfo(string Prefix, string Kind, ContractNoun Noun)
{
    /// <summary>The contract table, holding the kernel's columns (<see cref="ContractRecord.Columns"/>) and the module's own.</summary>
    public string ContractsTable { get; init; } = $"{Prefix}_contracts";

    /// <summary>The column of the kernel's child tables that points at the contract.</summary>
    public string IdColumn { get; init; } = "contract_id";

    /// <summary>The stem of the grantee's columns: <c>{stem}_organization_id</c>, <c>{stem}_name</c>.</summary>
    public string GranteeColumn { get; init; } = "grantee";

    /// <summary>Where the module's requests carry the royalty terms, for error paths (e.g. "/content/royaltyTerms").</summary>
    public string RoyaltyTermsPath { get; init; } = "/royaltyTerms";

    /// <summary>The column of the contract table that names a contract in lists (a licence's brand); none by default.</summary>
    public string? TitleColumn { get; init; }

    /// <summary>How messages name who manages and who signs (the network head and the local structure unless told).</summary>
    public ContractSides Sides { get; init; } = ContractSides.HeadAndStructure;

    /// <summary>
    /// Who sees a contract, as a SQL condition on the contract row <c>c</c> with @All and @OrgIds (<see cref="ContractAccess.Parameters"/>):
    /// the members of either party by default; a module whose parties live in their own table says so here.
    /// </summary>
    public string Visible { get; init; } = "(@All = 1 OR c.grantor_organization_id IN @OrgIds OR c.{{GRANTEE}}_organization_id IN @OrgIds)";

    /// <summary>The daily lifecycle job's id.</summary>
    public string JobId => $"{Prefix}.daily-lifecycle";
}
