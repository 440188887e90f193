using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Persistence;

/// <summary>The columns of affiliations_contracts the kernel does not read: the network's name and the grant.</summary>
internal sealed class AffiliationColumns
{
    public string NetworkName { get; init; } = "";
    public string DistinctiveSigns { get; init; } = "[]";
    public string Services { get; init; } = "[]";

    public const string SelectSql = "SELECT a.network_name, a.distinctive_signs, a.services FROM affiliations_contracts a WHERE a.id = @Id";
}

/// <summary>An agreement as the module reads it: the kernel's record and the module's own columns.</summary>
internal sealed record AffiliationRecord(ContractRecord Contract, AffiliationColumns Own)
{
    /// <summary>Seen by the members of either party and platform admins (alias <c>c</c>); needs @All and @OrgIds (<see cref="ContractAccess.Parameters"/>).</summary>
    public const string VisibleFilter = "(@All = 1 OR c.grantor_organization_id IN @OrgIds OR c.grantee_organization_id IN @OrgIds)";

    public Guid Id => Contract.Id;

    public Guid NetworkId => Contract.NetworkId ?? Guid.Empty;

    public IReadOnlyList<DistinctiveSign> Signs => ContractJson.Read<DistinctiveSign[]>(Own.DistinctiveSigns);

    public AffiliationContent Content => new(
        Signs, ContractJson.Read<NetworkService[]>(Own.Services), Contract.Exclusive, Contract.Term,
        ContractJson.ReadOrNull<RoyaltyTerms>(Contract.RoyaltyTerms), ContractJson.Read<ObligationTerm[]>(Contract.ObligationTerms), Contract.Exit);
}
