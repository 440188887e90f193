using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal static class OrganizationEndpoints
{
    public sealed record UpdateBody(
        int Version, string Name, LegalForm LegalForm, string? Siret, string? Address, string? PostalCode, string? City, string? IaeApproval,
        Referent? Referent);

    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organisations");

        group.MapPost("/", async (RegisterOrganization command, IMediator mediator, RegistrationOutcome outcome, CancellationToken ct) =>
            {
                var organization = await mediator.Send(command, ct);
                return outcome.AttachedExisting ? Results.Ok(organization) : Results.Created($"/api/network/organizations/{organization.Id}", organization);
            })
            .WithName("RegisterOrganization")
            .WithSummary("Enregistrer une organisation (201) ; un SIRET déjà enregistré rattache la tête de réseau à l'organisation existante (200)")
            .Produces<OrganizationDto>(StatusCodes.Status201Created).Produces<OrganizationDto>().ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/lookup", (string? siret, Guid? onBehalfOf, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new FindOrganizationBySiret(siret, onBehalfOf), ct))
            .WithName("FindOrganizationBySiret").WithSummary("Chercher une structure par son SIRET avant de l'enregistrer (équipe d'une tête de réseau)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        var single = group.MapGroup("/{id:guid}").RequireVisibleOrganization();
        single.MapGet("/", (Guid id, IMediator mediator, CancellationToken ct) => mediator.Send(new GetOrganization(id), ct))
            .WithName("GetOrganization").WithSummary("Consulter une organisation")
            .ProducesProblem(StatusCodes.Status404NotFound);

        single.MapPut("/", (Guid id, UpdateBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdateOrganization(id, body.Version, body.Name, body.LegalForm, body.Siret, body.Address, body.PostalCode,
                    body.City, body.IaeApproval, body.Referent), ct))
            .WithName("UpdateOrganization").WithSummary("Modifier une organisation (version lue requise : 409 si elle a changé)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/", (IMediator mediator, CancellationToken ct, int? page, int? pageSize, string? sort, string? kind, string? search) =>
                mediator.Send(new ListOrganizations(page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize, sort ?? "name",
                    QueryEnum.Parse<OrganizationKind>(kind, "/kind"), search), ct))
            .WithName("ListOrganizations").WithSummary("Lister les organisations (pagination, tri, filtres)")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
