using SwarmNet.ContractKernel.Parties;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships;

/// <summary>
/// Partnerships in the contract kernel (docs/adr/0070, 0130): n partners, each signing with its own account; the lead partner
/// on the grantor's side manages the contract, every other partner stands on the grantee's side, and every partner sees it.
/// </summary>
internal sealed class PartnershipKind(PartnershipRows rows, PartnershipAnnouncements announce) : IContractKind
{
    public static ContractKindInfo Info { get; } = new("partnerships", "partnership",
        new ContractNoun("contrat de partenariat", "partnership contract", Feminine: false, Name: "Partnership"))
    {
        GranteeColumn = "structure",
        RoyaltyTermsPath = "/content/royaltyTerms",
        TitleColumn = "title",
        Visible = PartnershipVisibility.Condition,
        Sides = new(("Seul le chef de file", "Only the lead partner's signatories"), ("les signataires de chaque partenaire", "each partner's signatories"),
            ("Chaque partenaire peut refuser la reconduction ; la renouveler revient au chef de file.", "Any partner may decline the renewal; renewing is the lead partner's call.")),
    };

    /// <summary>The lead first (grantor's side), then the others in the contract's order, each signed for by its organisation's signatories.</summary>
    public async Task<IReadOnlyList<SigningParty>> PartiesAsync(ContractRecord contract, CancellationToken ct) =>
        (await rows.PartnersAsync(contract.Id, ct)).OrderBy(p => p.RoleOf != PartnerRole.Lead).ThenBy(p => p.Position)
        .Select(p => new SigningParty(p.RoleOf == PartnerRole.Lead ? ContractParty.Grantor : ContractParty.Grantee, p.OrganizationId, p.OrganizationName,
            Glossary.Of(p.RoleOf), SigningParty.SignatoriesOf(Enum.Parse<OrganizationKind>(p.OrganizationKind))))
        .ToList();

    public async Task CheckBeforeSigningAsync(ContractRecord contract, Actor actor, List<FieldError> errors, CancellationToken ct) =>
        errors.AddRange((await rows.LoadAsync(contract.Id, ct)).ContentOf().ValidateForSigning("/content"));

    public async Task<IReadOnlyList<ContractKernel.AnyKind.ContentLine>> DescribeAsync(ContractRecord contract, CancellationToken ct) =>
        Reading.PartnershipDescription.Of(await rows.LoadAsync(contract.Id, ct));

    public Task AnnounceAsync(ContractRecord contract, ContractFact fact, CancellationToken ct) => announce.AnnounceAsync(contract, fact, ct);
}
