using SwarmNet.ContractKernel.Parties;

namespace SwarmNet.ContractKernel.Records;

/// <summary>
/// Who may do what with a contract: members of any party read it; the signatories of the grantor's side manage it (for a
/// licence its NetworkAdmin/NetworkStaff); each party's signatory signs for that party (<see cref="Signatories"/>); anyone else gets 404.
/// </summary>
public static class ContractAccess
{
    /// <remarks>Ids as canonical text: Dapper expands <c>IN @OrgIds</c> without the Guid type handler.</remarks>
    public static (int All, string[] OrgIds) Parameters(Actor actor) =>
        (actor.IsPlatformAdmin ? 1 : 0, actor.OrganizationIds.DefaultIfEmpty(Guid.Empty).Select(id => id.ToString("D")).ToArray());

    /// <summary>A network head's staff, before any contract exists (drafting, templates).</summary>
    public static bool CanManage(Actor actor, Guid grantorId) => actor.HasRole(grantorId, Roles.NetworkAdmin, Roles.NetworkStaff);

    /// <summary>The signatories of the grantor's side (and platform admins) manage the contract.</summary>
    public static bool CanManage(Actor actor, ContractRecord contract) => actor.IsPlatformAdmin || contract.Manager.SignsFor(actor);

    /// <summary>The party the actor acts for in party-level decisions (notice, renewal): the manager's, else the first party it signs for.</summary>
    public static SigningParty? PartyOf(Actor actor, ContractRecord contract) =>
        CanManage(actor, contract) ? contract.Manager : contract.Parties.FirstOrDefault(p => p.Side == ContractParty.Grantee && p.SignsFor(actor));

    public static NotFoundException NotFound(ContractNoun noun) =>
        new(Text.T($"{noun.French[..1].ToUpperInvariant()}{noun.French[1..]} introuvable.", $"{noun.English[..1].ToUpperInvariant()}{noun.English[1..]} not found."));

    public static ConflictException Stale(ContractNoun noun) =>
        new(Text.T($"{noun.The} a changé entre-temps : rechargez-{noun.Pronoun}.", $"{noun.The} changed in the meantime: reload it."));

    public static ForbiddenException NotManager(ContractKindInfo info) => new(info.Sides.OnlyManagers("gère", "manage", info.Noun));
}
