using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.ContractKernel.Amendments;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Running;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.ContractKernel.Terms;
using B = SwarmNet.ContractKernel.Http.ContractBodies;

namespace SwarmNet.ContractKernel.Http;

/// <summary>
/// The kernel's routes under one contract (<c>/api/licences/{licenceId}/…</c>): the module maps its group (with its
/// visibility filter) and says how to read its own view of the contract, which each route answers.
/// </summary>
public static class ContractRoutes
{
    public static void Map<TKind, TView, TDocument>(RouteGroupBuilder one, string idParameter, Func<IMediator, Guid, CancellationToken, Task<TView>> read,
        Func<ContractDocumentDto, TDocument> document) where TKind : IContractKind
    {
        var name = TKind.Info.Noun.Name;
        Guid Id(HttpContext http) => Guid.Parse((string)http.GetRouteValue(idParameter)!);
        async Task<TView> After<T>(HttpContext http, IMediator mediator, IRequest<T> command, CancellationToken ct)
        {
            await mediator.Send(command, ct);
            return await read(mediator, Id(http), ct);
        }

        one.MapPost("/signature", (HttpContext http, B.Sign body, IMediator m, CancellationToken ct) => After(http, m, new SignContract<TKind>(Id(http), body.Version, body.Party, body.OrganizationId), ct))
            .WithName($"Sign{name}").WithSummary("Signer pour sa partie, avec son propre compte ; signé quand chaque partie a signé")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict);
        one.MapPost("/suspension", (HttpContext http, B.Suspend body, IMediator m, CancellationToken ct) => After(http, m, new SuspendContract<TKind>(Id(http), body.Version, body.Reason), ct))
            .WithName($"Suspend{name}").WithSummary("Suspendre (tête de réseau, avec un motif)");
        one.MapPost("/resumption", (HttpContext http, B.Versioned body, IMediator m, CancellationToken ct) => After(http, m, new ResumeContract<TKind>(Id(http), body.Version), ct))
            .WithName($"Resume{name}").WithSummary("Lever la suspension");
        one.MapPost("/termination", (HttpContext http, B.Terminate body, IMediator m, CancellationToken ct) =>
                After(http, m, new TerminateContract<TKind>(Id(http), body.Version, body.Ground, body.On), ct))
            .WithName($"Terminate{name}").WithSummary("Résilier avec préavis (l'une ou l'autre partie) : effet le jour dit, par la tâche quotidienne");
        one.MapPost("/renewal-decision", (HttpContext http, B.Renewal body, IMediator m, CancellationToken ct) =>
                After(http, m, new DecideRenewal<TKind>(Id(http), body.Version, body.Decision), ct))
            .WithName($"Decide{name}Renewal").WithSummary("Décider de la reconduction (renew, doNotRenew) avant la date limite du préavis");
        one.MapPost("/amendments", async (HttpContext http, B.Amend body, IMediator m, CancellationToken ct) => Results.Created(http.Request.Path.Value![..^"/amendments".Length],
                await After(http, m, new ProposeAmendment<TKind>(Id(http), body.Version, body.EffectiveDate, body.Summary, body.RoyaltyTerms, body.ObligationTerms), ct)))
            .WithName($"Amend{name}").WithSummary("Proposer un avenant numéroté ; il prend effet une fois signé par chaque partie").Produces<TView>(StatusCodes.Status201Created);
        one.MapPost("/amendments/{number:int}/signature", (HttpContext http, int number, B.Sign body, IMediator m, CancellationToken ct) =>
                After(http, m, new SignAmendment<TKind>(Id(http), number, body.Version, body.Party, body.OrganizationId), ct))
            .WithName($"Sign{name}Amendment").WithSummary("Signer un avenant pour sa partie");
        // The version is optional for binding, so an outsider meets the visibility filter's 404 before any 400.
        one.MapDelete("/amendments/{number:int}", (HttpContext http, int number, int? version, IMediator m, CancellationToken ct) =>
                After(http, m, new WithdrawAmendment<TKind>(Id(http), number,
                    version ?? throw new InputValidationException("/version", Text.T("Version attendue (?version=).", "A version is expected (?version=)."))), ct))
            .WithName($"Withdraw{name}Amendment").WithSummary("Retirer un avenant pas encore signé par toutes les parties (?version=)");
        one.MapPut("/exit-checklist/{item}", (HttpContext http, string item, B.ExitItem body, IMediator m, CancellationToken ct) =>
                After(http, m, new TickExitItem<TKind>(Id(http), item, body.Done, body.Note), ct))
            .WithName($"Tick{name}ExitItem").WithSummary("Cocher une ligne de la liste de sortie (brandUse, stock, data)");
        one.MapGet("/terms-in-force", (HttpContext http, DateOnly? on, ContractTermsInForce<TKind> terms, TimeProvider clock, CancellationToken ct) =>
                terms.ReadAsync(Id(http), on ?? ContractDay.Today(clock), ct))
            .WithName($"Get{name}TermsInForce").WithSummary("Conditions de redevance et obligations en vigueur à une date (?on=), avenants compris");
        MapDocuments<TKind, TDocument>(one, name, Id, document);
    }

    /// <summary>The upload form, as the OpenAPI document describes it (the raw body, for older clients, is read too).</summary>
    internal sealed class DocumentForm
    {
        public IFormFile File { get; init; } = null!;
    }

    private static void MapDocuments<TKind, TDocument>(RouteGroupBuilder one, string name, Func<HttpContext, Guid> id, Func<ContractDocumentDto, TDocument> document)
        where TKind : IContractKind
    {
        one.MapPost("/documents", async (HttpContext http, string? fileName, IMediator m, CancellationToken ct) =>
            {
                var upload = await MultipartUpload.FileOrBodyAsync(http.Request, fileName, "file", ct);
                var attached = await m.Send(new AttachContractDocument<TKind>(id(http), upload.FileName, upload.ContentType, upload.Content), ct);
                return Results.Created($"{http.Request.Path}/{attached.Id}", document(attached));
            })
            .WithName($"Attach{name}Document").WithSummary("Joindre un document signé (PDF, PNG, JPEG ; 10 Mo au plus), en multipart ou en corps brut")
            .DescribesMultipartBody<DocumentForm>()
            .Produces<TDocument>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        one.MapGet("/documents", async (HttpContext http, IMediator m, CancellationToken ct) =>
                (await m.Send(new ListContractDocuments<TKind>(id(http)), ct)).Select(document).ToList())
            .WithName($"List{name}Documents").WithSummary("Documents joints (parties seulement)");
        one.MapGet("/documents/{documentId:guid}", async (HttpContext http, Guid documentId, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new OpenContractDocument<TKind>(id(http), documentId), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName($"Download{name}Document").WithSummary("Télécharger un document (parties seulement)");
    }
}
