using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// Reads parties from the Network module's registry through its contract, as the platform: an accountant issuing an
/// invoice must print the debtor's address even where the registry would not show it to them (docs/adr/0103).
/// </summary>
internal sealed class PartyDirectory(IMediator mediator, ActorContext actor)
{
    public async Task<Party> GetAsync(Guid id, CancellationToken ct)
    {
        var previous = actor.Current;
        actor.Current = Actor.System;
        try
        {
            var o = await mediator.Send(new GetOrganization(id), ct);
            return new Party(o.Id, o.Name, o.Address, o.PostalCode, o.City, o.Siret is { Length: >= 9 } siret ? siret[..9] : null, o.LegalForm.ToString());
        }
        catch (NotFoundException)
        {
            return new Party(id, "", null, null, null, null, null);
        }
        finally
        {
            actor.Current = previous;
        }
    }
}
