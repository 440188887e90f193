using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Declarations;

namespace SwarmNet.Modules.Royalties.Http;

/// <summary>/api/royalties/agreements and /declarations: the agreements, their billing settings, the structure's declarations.</summary>
internal static class AgreementEndpoints
{
    public sealed record BillingBody(string? VatRegime, decimal? LateInterestRate, int? PaymentDays);

    public sealed record DeclarationBody(DateOnly? PeriodStart, IReadOnlyDictionary<string, decimal>? Revenue, SwornStatement? Sworn, bool NoActivity = false);

    public sealed record CorrectionBody(int Version, IReadOnlyDictionary<string, decimal>? Revenue, SwornStatement? Sworn, bool NoActivity = false);

    public sealed record ImportBody(string? Csv, SwornStatement? Sworn);

    public static void Map(RouteGroupBuilder api)
    {
        var agreements = api.MapGroup("/agreements").WithTags("Redevances : contrats");
        agreements.MapGet("/", (IMediator mediator, CancellationToken ct, Guid? networkId, Guid? structureId, int? page, int? pageSize) =>
                mediator.Send(new ListAgreements(networkId, structureId, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListRoyaltyAgreements").WithSummary("Contrats soumis à redevances visibles (réseau, structure)");

        var one = agreements.MapGroup("/{agreementId:guid}")
            .RequireVisible("agreementId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetAgreement(id), ct));
        one.MapGet("/", (Guid agreementId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetAgreement(agreementId), ct))
            .WithName("GetRoyaltyAgreement").WithSummary("Un contrat, ses conditions de redevances en vigueur et ses réglages de facturation");
        one.MapPut("/billing", (Guid agreementId, BillingBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new UpdateBillingSettings(agreementId, body.VatRegime, body.LateInterestRate, body.PaymentDays), ct))
            .WithName("UpdateRoyaltyBilling").WithSummary("Régime de TVA, taux des pénalités de retard, délai de paiement");
        one.MapGet("/periods", (Guid agreementId, IMediator mediator, CancellationToken ct) => mediator.Send(new ListDeclarationPeriods(agreementId), ct))
            .WithName("ListDeclarationPeriods").WithSummary("Périodes commencées du contrat, les plus récentes d'abord, avec leur déclaration s'il y en a une");
        one.MapGet("/declarations", (Guid agreementId, IMediator mediator, CancellationToken ct, int? page, int? pageSize) =>
                mediator.Send(new ListDeclarations(agreementId, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListDeclarations").WithSummary("Déclarations de chiffre d'affaires HT du contrat");
        one.MapPost("/declarations", async (Guid agreementId, DeclarationBody body, IMediator mediator, CancellationToken ct) =>
            {
                var declared = await mediator.Send(new DeclareRevenue(agreementId, body.PeriodStart, body.Revenue, body.NoActivity, body.Sworn), ct);
                return Results.Created($"/api/royalties/declarations/{declared.Id}", declared);
            })
            .WithName("DeclareRevenue").WithSummary("Déclarer le chiffre d'affaires HT d'une période (ou aucune activité), sur l'honneur")
            .Produces<DeclarationDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        one.MapPost("/declarations/import", (Guid agreementId, ImportBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ImportDeclarations(agreementId, body.Csv, body.Sworn), ct))
            .WithName("ImportDeclarations").WithSummary("Importer plusieurs périodes d'un fichier CSV (tout ou rien)")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var declaration = api.MapGroup("/declarations/{declarationId:guid}").WithTags("Redevances : déclarations")
            .RequireVisible("declarationId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetDeclaration(id), ct));
        declaration.MapGet("/", (Guid declarationId, IMediator mediator, CancellationToken ct) => mediator.Send(new GetDeclaration(declarationId), ct))
            .WithName("GetDeclaration").WithSummary("Une déclaration et toutes ses versions (qui, quand)");
        declaration.MapPut("/", (Guid declarationId, CorrectionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new CorrectDeclaration(declarationId, body.Version, body.Revenue, body.NoActivity, body.Sworn), ct))
            .WithName("CorrectDeclaration").WithSummary("Corriger une déclaration (nouvelle version ; régularisation si le relevé est approuvé)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
