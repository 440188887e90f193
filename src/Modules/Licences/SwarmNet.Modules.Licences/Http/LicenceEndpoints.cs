using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.ContractKernel.Http;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Licences.BrandUses;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Modules.Licences.Templates;

namespace SwarmNet.Modules.Licences.Http;

/// <summary>/api/licences: the whole lifecycle; every handler checks the actor.</summary>
internal static class LicenceEndpoints
{
    public sealed record EditBody(int Version, LicenceContent? Content);

    public sealed record BrandUseBody(BrandUseKind Kind, string Description, string? FileReference);

    public sealed record BrandUseDecisionBody(bool Approve, string? Comment);

    public sealed record FromTemplateBody(Guid CandidacyId, Territory? Territory, bool Exclusive, bool SublicensingAllowed, ContractTerm? Term);

    public static void Map(IEndpointRouteBuilder api)
    {
        var templates = api.MapGroup("/templates").WithTags("Modèles de licence");
        templates.MapPost("/", async (CreateLicenceTemplate body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body, ct);
                return Results.Created($"/api/licences/templates?grantorOrganizationId={created.GrantorOrganizationId}", created);
            })
            .WithName("CreateLicenceTemplate").WithSummary("Créer un modèle de licence (marque, redevances, obligations, sortie)")
            .Produces<LicenceTemplateDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        templates.MapGet("/", (Guid grantorOrganizationId, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ListLicenceTemplates(grantorOrganizationId), ct))
            .WithName("ListLicenceTemplates").WithSummary("Lister les modèles d'une tête de réseau");
        templates.MapGroup("/{templateId:guid}").RequireVisible("templateId", ContractTemplates<LicenceKind>.EnsureVisibleAsync).MapPost("/drafts", async (Guid templateId, FromTemplateBody body, IMediator mediator, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(new DraftLicenceFromTemplate(templateId, body.CandidacyId, body.Territory, body.Exclusive,
                    body.SublicensingAllowed, body.Term), ct);
                return Results.Created($"/api/licences/{drafted.Id}", drafted);
            })
            .WithName("DraftLicenceFromTemplate").WithSummary("Rédiger la licence d'une candidature à partir d'un modèle")
            .Produces<LicenceDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGroup("/brand-uses/{brandUseId:guid}").RequireVisible("brandUseId", BrandUseAccess.EnsureVisibleAsync).MapPost("/decision", (Guid brandUseId, BrandUseDecisionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new DecideBrandUse(brandUseId, body.Approve, body.Comment), ct))
            .WithTags("Usages de marque").WithName("DecideBrandUse").WithSummary("Approuver ou refuser (avec commentaire) un usage de la marque");

        var licences = api.MapGroup("/").WithTags("Licences");
        licences.MapPost("/", async (DraftLicence body, IMediator mediator, CancellationToken ct) =>
            {
                var drafted = await mediator.Send(body, ct);
                return Results.Created($"/api/licences/{drafted.Id}", drafted);
            })
            .WithName("DraftLicence").WithSummary("Rédiger un brouillon de licence de marque")
            .Produces<LicenceDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);

        licences.MapGet("/", (IMediator mediator, CancellationToken ct, string? status, Guid? structureId, string? brand, int? endingWithinDays,
                int? page, int? pageSize) =>
                mediator.Send(new ListLicences(QueryEnum.Parse<ContractStatus>(status, "/status"), structureId, brand, endingWithinDays,
                    page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListLicences").WithSummary("Lister les licences (statut, structure, marque, échéance sous N jours)");

        var one = api.MapGroup("/{licenceId:guid}").WithTags("Licences")
            .RequireVisible("licenceId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetLicence(id), ct));
        one.MapGet("/", (Guid licenceId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetLicence(licenceId), ct))
            .WithName("GetLicence").WithSummary("Consulter une licence, ses signatures, ses avenants et son historique").ProducesProblem(StatusCodes.Status404NotFound);

        one.MapPut("/", (Guid licenceId, EditBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdateLicenceDraft(licenceId, body.Version, body.Content), ct))
            .WithName("UpdateLicenceDraft").WithSummary("Modifier un brouillon (version attendue, sinon 409)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);

        one.MapPost("/brand-uses", async (Guid licenceId, BrandUseBody body, IMediator mediator, CancellationToken ct) =>
            {
                var submitted = await mediator.Send(new SubmitBrandUse(licenceId, body.Kind, body.Description, body.FileReference), ct);
                return Results.Created($"/api/licences/{licenceId}/brand-uses", submitted);
            })
            .WithName("SubmitBrandUse").WithSummary("Soumettre un usage de la marque (flyer, livrée de véhicule…)").Produces<BrandUseDto>(StatusCodes.Status201Created);

        one.MapGet("/brand-uses", (Guid licenceId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListBrandUses(licenceId), ct))
            .WithName("ListBrandUses").WithSummary("Usages de la marque soumis sous une licence");

        ContractRoutes.Map<LicenceKind, LicenceDto, LicenceDocumentDto>(one, "licenceId", (mediator, id, ct) => mediator.Send(new GetLicence(id), ct),
            LicenceDocumentDto.From);
    }
}
