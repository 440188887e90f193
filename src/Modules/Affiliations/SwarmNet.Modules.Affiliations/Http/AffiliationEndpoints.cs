using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.ContractKernel.Http;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Affiliations.Reading;
using SwarmNet.Modules.Affiliations.Templates;

namespace SwarmNet.Modules.Affiliations.Http;

/// <summary>/api/affiliations: drafting, reading and, from the kernel, the whole lifecycle of an agreement; every handler checks the actor.</summary>
internal static class AffiliationEndpoints
{
    public sealed record EditBody(int Version, AffiliationContent? Content);

    public sealed record FromTemplateBody(Guid CandidacyId, bool Exclusive, ContractTerm? Term);

    public static void Map(IEndpointRouteBuilder api)
    {
        var templates = api.MapGroup("/templates").WithTags("Modèles de convention d'affiliation");
        templates.MapPost("/", async (CreateAffiliationTemplate body, IMediator mediator, CancellationToken ct) =>
                Results.Created($"/api/affiliations/templates?grantorOrganizationId={body.GrantorOrganizationId}", await mediator.Send(body, ct)))
            .WithName("CreateAffiliationTemplate").WithSummary("Créer un modèle de convention (signes, services, frais, engagements, sortie)")
            .Produces<AffiliationTemplateDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        templates.MapGet("/", (Guid grantorOrganizationId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListAffiliationTemplates(grantorOrganizationId), ct))
            .WithName("ListAffiliationTemplates").WithSummary("Lister les modèles de convention d'une tête de réseau");
        templates.MapGroup("/{templateId:guid}").RequireVisible("templateId", ContractTemplates<AffiliationKind>.EnsureVisibleAsync).MapPost("/drafts", async (Guid templateId, FromTemplateBody body, IMediator mediator, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(new DraftAffiliationFromTemplate(templateId, body.CandidacyId, body.Exclusive, body.Term), ct);
                return Results.Created($"/api/affiliations/{drafted.Id}", drafted);
            })
            .WithName("DraftAffiliationFromTemplate").WithSummary("Rédiger la convention d'une candidature à partir d'un modèle")
            .Produces<AffiliationDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        var agreements = api.MapGroup("/").WithTags("Conventions d'affiliation");
        agreements.MapPost("/", async (DraftAffiliation body, IMediator mediator, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(body, ct);
                return Results.Created($"/api/affiliations/{drafted.Id}", drafted);
            })
            .WithName("DraftAffiliation").WithSummary("Rédiger un brouillon de convention d'affiliation")
            .Produces<AffiliationDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        agreements.MapGet("/", (IMediator mediator, CancellationToken ct, string? status, Guid? networkId, Guid? structureId, int? page, int? pageSize) =>
                mediator.Send(new ListAffiliations(QueryEnum.Parse<ContractStatus>(status, "/status"), networkId, structureId, page ?? PageDefaults.Page,
                    pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListAffiliations").WithSummary("Lister les conventions (statut, réseau, structure affiliée)");

        var one = api.MapGroup("/{affiliationId:guid}").WithTags("Conventions d'affiliation")
            .RequireVisible("affiliationId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetAffiliation(id), ct));
        one.MapGet("/", (Guid affiliationId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetAffiliation(affiliationId), ct))
            .WithName("GetAffiliation").WithSummary("Consulter une convention : contenu, signatures, avenants, historique, liste de sortie")
            .ProducesProblem(StatusCodes.Status404NotFound);
        one.MapPut("/", (Guid affiliationId, EditBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdateAffiliationDraft(affiliationId, body.Version, body.Content), ct))
            .WithName("UpdateAffiliationDraft").WithSummary("Modifier un brouillon (version attendue, sinon 409)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        CharterEndpoints.MapAgreement(one);
        ProgrammeEndpoints.MapAgreement(one);
        ContractRoutes.Map<AffiliationKind, AffiliationDto, ContractDocumentDto>(one, "affiliationId", (mediator, id, ct) => mediator.Send(new GetAffiliation(id), ct),
            document => document);
    }
}
