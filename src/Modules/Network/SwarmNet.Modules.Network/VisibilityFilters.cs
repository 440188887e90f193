using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network;

/// <summary>The Network module's resources, checked before their routes run (see <see cref="RouteVisibility"/>).</summary>
internal static class VisibilityFilters
{
    public static RouteGroupBuilder RequireVisibleNetwork(this RouteGroupBuilder group) =>
        group.RequireVisible("networkId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetNetwork(id), ct));

    public static RouteGroupBuilder RequireVisibleOrganization(this RouteGroupBuilder group) =>
        group.RequireVisible("id", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetOrganization(id), ct));

    /// <summary>One query (not the full candidacy with its checklist and history).</summary>
    public static RouteGroupBuilder RequireVisibleCandidacy(this RouteGroupBuilder group) =>
        group.RequireVisible("candidacyId", (services, id, ct) =>
            GetCandidacyHandler.LoadVisibleAsync(services.GetRequiredService<DbSession>(), services.GetRequiredService<ActorContext>().Current, id, ct));
}
