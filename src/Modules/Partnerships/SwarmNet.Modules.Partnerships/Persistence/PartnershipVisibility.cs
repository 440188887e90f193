namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>Every partner's members see the contract (and platform admins); needs @All and @OrgIds (ContractAccess.Parameters).</summary>
internal static class PartnershipVisibility
{
    public const string Condition = "(@All = 1 OR EXISTS (SELECT 1 FROM partnerships_partners v WHERE v.contract_id = c.id AND v.organization_id IN @OrgIds))";
}
