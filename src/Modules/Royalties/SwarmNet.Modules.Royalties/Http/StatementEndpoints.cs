using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Royalties.Contracts.Overview;
using SwarmNet.Modules.Royalties.Receivables;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Http;

/// <summary>/api/royalties/statements and /receivables: the review queue, a statement's detail and its life, payments.</summary>
internal static class StatementEndpoints
{
    public sealed record VersionBody(int Version);

    public sealed record SendBackBody(int Version, string? Comment);

    public sealed record IssueBody(int Version, DateOnly? IssuedOn);

    public sealed record PaymentBody(DateOnly? PaidOn, decimal Amount, string? Reference);

    public static void Map(RouteGroupBuilder api)
    {
        var statements = api.MapGroup("/statements").WithTags("Redevances : relevés");
        statements.MapGet("/", (IMediator mediator, CancellationToken ct, Guid? grantorOrganizationId, Guid? networkId, Guid? agreementId, Guid? structureId,
                DateOnly? periodFrom, DateOnly? periodTo, string? state, string? kind, decimal? minAmount, decimal? maxAmount, string? sort, int? page, int? pageSize) =>
                mediator.Send(new ListStatements(grantorOrganizationId, networkId, agreementId, structureId, periodFrom, periodTo, state, kind, minAmount, maxAmount,
                    sort, page ?? PageDefaults.Page, pageSize ?? PageDefaults.PageSize), ct))
            .WithName("ListStatements").WithSummary("File de revue : relevés filtrés (réseau, contrat, période, état, montant), paginés, triés");

        var one = statements.MapGroup("/{statementId:guid}")
            .RequireVisible("statementId", (services, id, ct) => services.GetRequiredService<IMediator>().Send(new GetStatement(id), ct));
        one.MapGet("/", (Guid statementId, IMediator mediator, CancellationToken ct, DateOnly? asOf) => mediator.Send(new GetStatement(statementId, asOf), ct))
            .WithName("GetStatement").WithSummary("Un relevé : lignes et leur calcul, historique, paiements, pénalités de retard");
        one.MapPost("/submission", (Guid statementId, VersionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SubmitStatement(statementId, body.Version), ct))
            .WithName("SubmitStatement").WithSummary("Mettre un brouillon en revue");
        one.MapPost("/approval", (Guid statementId, VersionBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new ApproveStatement(statementId, body.Version), ct))
            .WithName("ApproveStatement").WithSummary("Approuver (le relevé devient intangible)");
        one.MapPost("/send-back", (Guid statementId, SendBackBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new SendBackStatement(statementId, body.Version, body.Comment), ct))
            .WithName("SendBackStatement").WithSummary("Renvoyer en brouillon avec un commentaire");
        one.MapPost("/issue", (Guid statementId, IssueBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new IssueStatement(statementId, body.Version, body.IssuedOn), ct))
            .WithName("IssueStatement").WithSummary("Émettre la facture (numéro suivant de la tête de réseau pour l'année)");
        one.MapPost("/payments", (Guid statementId, PaymentBody body, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new RecordPayment(statementId, body.PaidOn, body.Amount, body.Reference), ct))
            .WithName("RecordStatementPayment").WithSummary("Enregistrer un paiement, même partiel (date, montant, référence)");

        api.MapGet("/receivables", (Guid grantorOrganizationId, DateOnly? asOf, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetAgedReceivables(grantorOrganizationId, asOf), ct))
            .WithTags("Redevances : créances").WithName("GetAgedReceivables").WithSummary("Balance âgée des créances d'une tête de réseau");
        api.MapGet("/overview", (Guid grantorOrganizationId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                mediator.Send(new GetRoyaltyOverview(grantorOrganizationId, from, to), ct))
            .WithTags("Redevances : créances").WithName("GetRoyaltyOverview")
            .WithSummary("Redevances facturées d'une tête de réseau par mois et par compte (douze derniers mois par défaut), reste dû");
    }
}
