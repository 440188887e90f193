using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>
/// Who a licence binds, checked through the Network module's queries (never its tables): a network head grants, a local
/// structure receives, and the network and candidacy, when named, belong to them.
/// </summary>
internal sealed class LicenceParties(IMediator mediator)
{
    public sealed record Checked(Guid GrantorId, string GrantorName, Guid LicenseeId, string LicenseeName, Guid? NetworkId, Guid? CandidacyId);

    /// <summary>The grantor's staff only (403, or 404 for an organisation the actor does not know); other problems join <paramref name="errors"/>.</summary>
    public async Task<Checked?> CheckAsync(Actor actor, Guid grantorId, Guid licenseeId, Guid? networkId, Guid? candidacyId, List<FieldError> errors,
        CancellationToken ct)
    {
        if (!actor.CanSee(grantorId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        if (!LicenceAccess.CanManage(actor, grantorId))
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau rédige ses licences.", "Only the network head's staff draft its licences."));

        var grantor = await TryAsync(new GetOrganization(grantorId), ct);
        if (grantor is null || grantor.Kind == OrganizationKind.LocalStructure)
            errors.Add(new("/grantorOrganizationId", Text.T("Le concédant doit être une tête de réseau.", "The grantor must be a network head.")));
        var licensee = await TryAsync(new GetOrganization(licenseeId), ct);
        if (licensee is null || licensee.Kind == OrganizationKind.NetworkHead)
            errors.Add(new("/licenseeOrganizationId", Text.T("Le licencié doit être une structure locale connue du réseau.", "The licensee must be a local structure the network knows.")));

        if (networkId is { } nid && !await OwnsNetworkAsync(grantorId, nid, ct))
            errors.Add(new("/networkId", Text.T("Réseau inconnu ou d'une autre tête de réseau.", "Unknown network, or another network head's.")));
        if (candidacyId is { } cid)
        {
            var candidacy = await TryAsync(new GetCandidacy(cid), ct);
            if (candidacy is null || candidacy.StructureId != licenseeId || (networkId ?? candidacy.NetworkId) != candidacy.NetworkId
                || (networkId is null && !await OwnsNetworkAsync(grantorId, candidacy.NetworkId, ct)))
                errors.Add(new("/candidacyId", Text.T("Candidature inconnue, ou d'une autre structure ou d'un autre réseau.", "Unknown candidacy, or another structure's or network's.")));
            else
                networkId ??= candidacy.NetworkId;
        }
        return grantor is null || licensee is null ? null : new Checked(grantor.Id, grantor.Name, licensee.Id, licensee.Name, networkId, candidacyId);
    }

    private async Task<bool> OwnsNetworkAsync(Guid grantorId, Guid networkId, CancellationToken ct) =>
        (await TryAsync(new GetNetwork(networkId), ct))?.OwnerOrganizationId == grantorId;

    private async Task<T?> TryAsync<T>(IRequest<T> query, CancellationToken ct) where T : class
    {
        try
        {
            return await mediator.Send(query, ct);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
