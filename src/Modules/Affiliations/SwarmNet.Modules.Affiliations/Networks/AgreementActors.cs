namespace SwarmNet.Modules.Affiliations.Networks;

/// <summary>Who acts on an agreement beyond the kernel's signing: the affiliate's admin and the network head's staff.</summary>
internal static class AgreementActors
{
    /// <summary>The affiliate's admin (membership decides, as for signing): acknowledges the charter, chooses programmes.</summary>
    public static bool IsAffiliateAdmin(Actor actor, ContractRecord contract) =>
        actor.Memberships.Any(m => m.OrganizationId == contract.GranteeOrganizationId && m.Role == Roles.StructureAdmin);

    public static bool IsHeadStaff(Actor actor, ContractRecord contract) => ContractAccess.CanManage(actor, contract.GrantorOrganizationId);
}
