using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Reading;
using SwarmNet.Modules.Partnerships.Templates;

namespace SwarmNet.Modules.Partnerships.Http;

/// <summary>/api/partnerships/templates: a network head's standard partnerships, and drafting from one.</summary>
internal static class TemplateEndpoints
{
    public sealed record FromTemplateBody(Guid? NetworkId, Guid? CandidacyId, string? Title, IReadOnlyList<PartnerTerms?>? Partners, ContractTerm? Term,
        IReadOnlyList<Guid>? ReporterOrganizationIds);

    public static void Map(RouteGroupBuilder partnerships)
    {
        var templates = partnerships.MapGroup("/templates").WithTags("Modèles de partenariat");
        templates.MapPost("/", async (CreatePartnershipTemplate body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body, ct);
                return Results.Created($"/api/partnerships/templates?grantorOrganizationId={created.GrantorOrganizationId}", created);
            })
            .WithName("CreatePartnershipTemplate").WithSummary("Enregistrer un modèle de partenariat de la tête de réseau (objectif, comité, indicateurs, obligations, sortie)")
            .Produces<PartnershipTemplateDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        templates.MapGet("/", (Guid grantorOrganizationId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListPartnershipTemplates(grantorOrganizationId), ct))
            .WithName("ListPartnershipTemplates").WithSummary("Modèles de partenariat d'une tête de réseau");
        templates.MapGroup("/{partnershipTemplateId:guid}").RequireVisible("partnershipTemplateId", ContractTemplates<PartnershipKind>.EnsureVisibleAsync)
            .MapPost("/drafts", async (Guid partnershipTemplateId, FromTemplateBody body, IMediator mediator, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(new DraftPartnershipFromTemplate(partnershipTemplateId, body.NetworkId, body.CandidacyId, body.Title, body.Partners,
                    body.Term, body.ReporterOrganizationIds), ct);
                return Results.Created($"/api/partnerships/{drafted.Id}", drafted);
            })
            .WithName("DraftPartnershipFromTemplate").WithSummary("Rédiger un partenariat depuis un modèle : partenaires, titre et durée propres au contrat")
            .Produces<PartnershipDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
