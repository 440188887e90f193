using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Access.Invitations;

namespace SwarmNet.Modules.Network.Access.Members;

/// <summary>Members and invitations of one organisation; the host already answers 404 to actors outside it.</summary>
internal static class MemberEndpoints
{
    public static void Map(IEndpointRouteBuilder network)
    {
        var organization = network.MapGroup("/organizations/{organizationId:guid}").WithTags("Membres");

        organization.MapGet("/members", (Guid organizationId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListMembers(organizationId, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListMembers").WithSummary("Lister les membres (pagination)");

        organization.MapPut("/members/{userId:guid}", (Guid organizationId, Guid userId, RoleChange body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ChangeMemberRole(organizationId, userId, body.Role), ct))
            .WithName("ChangeMemberRole").WithSummary("Changer le rôle d'un membre")
            .ProducesProblem(StatusCodes.Status409Conflict);

        organization.MapDelete("/members/{userId:guid}", async (Guid organizationId, Guid userId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveMember(organizationId, userId), ct);
                return Results.NoContent();
            })
            .WithName("RemoveMember").WithSummary("Retirer un membre (ou quitter l'organisation)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status409Conflict);

        organization.MapPost("/invitations", async (Guid organizationId, Invitation body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new InviteMember(organizationId, body.Email, body.Role), ct);
                return Results.Created($"/api/network/organizations/{organizationId}/invitations/{created.Id}", created);
            })
            .WithName("InviteMember").WithSummary("Inviter une personne par e-mail")
            .Produces<InvitationDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        organization.MapGet("/invitations", (Guid organizationId, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListInvitations(organizationId, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListInvitations").WithSummary("Lister les invitations (pagination)");

        organization.MapDelete("/invitations/{invitationId:guid}", async (Guid organizationId, Guid invitationId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RevokeInvitation(organizationId, invitationId), ct);
                return Results.NoContent();
            })
            .WithName("RevokeInvitation").WithSummary("Retirer une invitation");
    }

    internal sealed record RoleChange(string Role);

    internal sealed record Invitation(string Email, string Role);
}
