using SwarmNet.ContractKernel.Parties;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Drafting;

/// <summary>
/// The partners of a draft, checked through the Network module's queries (never its tables): each a known organisation, the
/// actor a signatory of the lead (404 for a lead it does not know, 403 for one it cannot sign for); the network, when named,
/// one of a partner's; the candidacy, when named, the host structure's in that network.
/// </summary>
internal sealed class PartnerCheck(IMediator mediator)
{
    public sealed record Resolved(PartnerTerms Terms, string Name, OrganizationKind Kind);

    public sealed record Checked(IReadOnlyList<Resolved> Partners, Guid? NetworkId, Guid? CandidacyId)
    {
        public Resolved Lead => Partners.First(p => p.Terms.Role == PartnerRole.Lead);

        public Resolved Structure => Partners.First(p => p.Terms == PartnerTerms.Structure(Partners.Select(r => r.Terms).ToList()));
    }

    public async Task<Checked?> CheckAsync(Actor actor, PartnershipContent content, Guid? networkId, Guid? candidacyId, List<FieldError> errors, CancellationToken ct)
    {
        var partners = content.PartnerList;
        var known = (await mediator.Send(new GetOrganizationKinds(partners.Select(p => p.OrganizationId!.Value).ToList()), ct)).ToDictionary(o => o.Id);
        var lead = content.Lead.OrganizationId!.Value;
        if (!actor.CanSee(lead))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        if (!actor.IsPlatformAdmin && (!known.TryGetValue(lead, out var leadOrganization)
                                       || !new SigningParty(ContractParty.Grantor, lead, leadOrganization.Name, "", SigningParty.SignatoriesOf(leadOrganization.Kind)).SignsFor(actor)))
            throw new ForbiddenException(Text.T("Seul le chef de file rédige le contrat de partenariat, par ses signataires.",
                "Only the lead partner's signatories draft the partnership contract."));
        for (var i = 0; i < partners.Count; i++)
            if (!known.ContainsKey(partners[i].OrganizationId!.Value))
                errors.Add(new($"/content/partners/{i}/organizationId", Text.T("Organisation inconnue.", "Unknown organisation.")));
        if (errors.Count > 0)
            return null;
        var resolved = partners.Select(p => new Resolved(p, known[p.OrganizationId!.Value].Name, known[p.OrganizationId!.Value].Kind)).ToList();
        if (candidacyId is { } cid)
        {
            var candidacy = await mediator.SendOrNullAsync(new GetCandidacy(cid), ct);
            if (candidacy is null || candidacy.StructureId != PartnerTerms.Structure(partners).OrganizationId || (networkId ?? candidacy.NetworkId) != candidacy.NetworkId)
                errors.Add(new("/candidacyId", Text.T("Candidature inconnue, ou d'une autre structure ou d'un autre réseau.", "Unknown candidacy, or another structure's or network's.")));
            else
                networkId ??= candidacy.NetworkId;
        }
        if (networkId is { } nid && await mediator.SendOrNullAsync(new GetNetwork(nid), ct) is var network
            && (network is null || partners.All(p => p.OrganizationId != network.OwnerOrganizationId)))
            errors.Add(new("/networkId", Text.T("Réseau inconnu, ou d'une tête de réseau qui n'est pas partenaire.", "Unknown network, or one of a network head that is no partner.")));
        return new Checked(resolved, networkId, candidacyId);
    }
}
