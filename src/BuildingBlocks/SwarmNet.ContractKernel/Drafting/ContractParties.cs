using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.ContractKernel.Drafting;

/// <summary>
/// Who a contract binds, checked through the Network module's queries (never its tables): a network head grants, a local
/// structure receives, and the network and candidacy, when named, belong to them.
/// </summary>
public sealed class ContractParties(IMediator mediator)
{
    public sealed record Checked(Guid GrantorId, string GrantorName, Guid GranteeId, string GranteeName, Guid? NetworkId, Guid? CandidacyId);

    /// <summary>The grantor's staff only (403, or 404 for an organisation the actor does not know); other problems join <paramref name="errors"/>.</summary>
    public async Task<Checked?> CheckAsync(Actor actor, ContractNoun noun, Guid grantorId, Guid granteeId, Guid? networkId, Guid? candidacyId,
        List<FieldError> errors, string granteePath, CancellationToken ct)
    {
        if (!actor.CanSee(grantorId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        if (!ContractAccess.CanManage(actor, grantorId))
            throw new ForbiddenException(Text.T($"Seule l'équipe de la tête de réseau rédige {noun.InSentence}.", $"Only the network head's staff draft {noun.InSentence}."));

        var grantor = await mediator.SendOrNullAsync(new GetOrganization(grantorId), ct);
        if (grantor is null || grantor.Kind == OrganizationKind.LocalStructure)
            errors.Add(new("/grantorOrganizationId", Text.T("Le concédant doit être une tête de réseau.", "The grantor must be a network head.")));
        var grantee = await mediator.SendOrNullAsync(new GetOrganization(granteeId), ct);
        if (grantee is null || grantee.Kind == OrganizationKind.NetworkHead)
            errors.Add(new(granteePath, Text.T("La structure doit être une structure locale connue du réseau.", "The structure must be a local structure the network knows.")));

        if (networkId is { } nid && !await OwnsNetworkAsync(grantorId, nid, ct))
            errors.Add(new("/networkId", Text.T("Réseau inconnu ou d'une autre tête de réseau.", "Unknown network, or another network head's.")));
        if (candidacyId is { } cid)
        {
            var candidacy = await mediator.SendOrNullAsync(new GetCandidacy(cid), ct);
            if (candidacy is null || candidacy.StructureId != granteeId || (networkId ?? candidacy.NetworkId) != candidacy.NetworkId
                || (networkId is null && !await OwnsNetworkAsync(grantorId, candidacy.NetworkId, ct)))
                errors.Add(new("/candidacyId", Text.T("Candidature inconnue, ou d'une autre structure ou d'un autre réseau.", "Unknown candidacy, or another structure's or network's.")));
            else
                networkId ??= candidacy.NetworkId;
        }
        return grantor is null || grantee is null ? null : new Checked(grantor.Id, grantor.Name, grantee.Id, grantee.Name, networkId, candidacyId);
    }

    private async Task<bool> OwnsNetworkAsync(Guid grantorId, Guid networkId, CancellationToken ct) =>
        (await mediator.SendOrNullAsync(new GetNetwork(networkId), ct))?.OwnerOrganizationId == grantorId;
}
