using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.ContractKernel.Parties;

/// <summary>
/// A party that signs a contract (docs/adr/0072, 0130): its side — the grantor's side manages the contract, every other
/// party stands on the grantee's — its organisation, the label messages give it (« STEP (structure locale) »), and the
/// roles of that organisation's members who sign for it. A licence has two; a partnership one per partner.
/// </summary>
public sealed record SigningParty(ContractParty Side, Guid OrganizationId, string Name, string Label, IReadOnlyList<string> SignatoryRoles)
{
    public static readonly IReadOnlyList<string> HeadSignatories = [Roles.NetworkAdmin, Roles.NetworkStaff];

    public static readonly IReadOnlyList<string> StructureSignatories = [Roles.StructureAdmin];

    /// <summary>The two parties of a licence or an affiliation: the network head's staff sign for it, the structure's admin for the structure.</summary>
    public static IReadOnlyList<SigningParty> GrantorAndGrantee(ContractRecord contract) =>
    [
        new(ContractParty.Grantor, contract.GrantorOrganizationId, contract.GrantorName, Glossary.Of(ContractParty.Grantor), HeadSignatories),
        new(ContractParty.Grantee, contract.GranteeOrganizationId, contract.GranteeName, Glossary.Of(ContractParty.Grantee), StructureSignatories),
    ];

    /// <summary>Who signs for an organisation of that kind: a network head's staff, a structure's admin, either for one that is both.</summary>
    public static IReadOnlyList<string> SignatoriesOf(OrganizationKind kind) => kind switch
    {
        OrganizationKind.NetworkHead => HeadSignatories,
        OrganizationKind.LocalStructure => StructureSignatories,
        _ => [.. HeadSignatories, .. StructureSignatories],
    };

    /// <summary>By membership, not platform rights: a platform admin signs for nobody.</summary>
    public bool SignsFor(Actor actor) => actor.Memberships.Any(m => m.OrganizationId == OrganizationId && SignatoryRoles.Contains(m.Role));

    public bool Is(ContractParty side, Guid organizationId) => Side == side && OrganizationId == organizationId;

    /// <summary>"STEP (structure locale)".</summary>
    public string Describe() => $"{Name} ({Label})";
}
