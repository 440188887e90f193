namespace SwarmNet.ContractKernel.Records;

/// <summary>
/// Who may do what with a contract: members of either party read it; the grantor's NetworkAdmin/NetworkStaff manage it;
/// each party's signatory signs for that party (<see cref="Signatories"/>); anyone else gets 404.
/// </summary>
public static class ContractAccess
{
    /// <remarks>Ids as canonical text: Dapper expands <c>IN @OrgIds</c> without the Guid type handler.</remarks>
    public static (int All, string[] OrgIds) Parameters(Actor actor) =>
        (actor.IsPlatformAdmin ? 1 : 0, actor.OrganizationIds.DefaultIfEmpty(Guid.Empty).Select(id => id.ToString("D")).ToArray());

    public static bool CanManage(Actor actor, Guid grantorId) => actor.HasRole(grantorId, Roles.NetworkAdmin, Roles.NetworkStaff);

    /// <summary>The party the actor acts for in party-level decisions (notice, renewal): the grantor's staff, else the grantee's admin.</summary>
    public static ContractParty? PartyOf(Actor actor, ContractRecord contract) =>
        CanManage(actor, contract.GrantorOrganizationId) ? ContractParty.Grantor
        : actor.HasRole(contract.GranteeOrganizationId, Roles.StructureAdmin) ? ContractParty.Grantee
        : null;

    public static NotFoundException NotFound(ContractNoun noun) =>
        new(Text.T($"{noun.French[..1].ToUpperInvariant()}{noun.French[1..]} introuvable.", $"{noun.English[..1].ToUpperInvariant()}{noun.English[1..]} not found."));

    public static ConflictException Stale(ContractNoun noun) =>
        new(Text.T($"{noun.The} a changé entre-temps : rechargez-{noun.Pronoun}.", $"{noun.The} changed in the meantime: reload it."));

    public static ForbiddenException NotManager(ContractNoun noun) =>
        new(Text.T($"Seule l'équipe de la tête de réseau gère {noun.InSentence}.", $"Only the network head's staff manage {noun.InSentence}."));
}
