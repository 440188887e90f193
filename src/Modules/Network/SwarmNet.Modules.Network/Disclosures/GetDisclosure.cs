using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Candidacies;

namespace SwarmNet.Modules.Network.Disclosures;

/// <summary>The DIP of a candidacy, for whoever sees the candidacy (the network head and the structure).</summary>
internal sealed record GetDisclosure(Guid CandidacyId) : IQuery<CandidacyDisclosureDto>;

/// <summary>The DIP's file.</summary>
internal sealed record OpenDisclosureDocument(Guid CandidacyId) : IQuery<OpenedDocument>;

internal sealed class GetDisclosureHandler(DbSession db, ActorContext actor, DocumentStore store)
    : IRequestHandler<GetDisclosure, CandidacyDisclosureDto>, IRequestHandler<OpenDisclosureDocument, OpenedDocument>
{
    public async Task<CandidacyDisclosureDto> Handle(GetDisclosure request, CancellationToken cancellationToken) =>
        (await LatestAsync(request.CandidacyId, cancellationToken)).ToDto();

    public async Task<OpenedDocument> Handle(OpenDisclosureDocument request, CancellationToken cancellationToken)
    {
        var row = await LatestAsync(request.CandidacyId, cancellationToken);
        return new OpenedDocument(row.FileName, row.ContentType, store.OpenRead(row.StoragePath));
    }

    private async Task<DisclosureRow> LatestAsync(Guid candidacyId, CancellationToken ct)
    {
        var candidacy = await GetCandidacyHandler.LoadVisibleAsync(db, actor.Current, candidacyId, ct);
        return await db.QuerySingleOrDefaultAsync<DisclosureRow>(DisclosureRow.LatestSql, new { candidacy.Id, Skip = 0, Take = 1 }, ct)
               ?? throw new NotFoundException(Text.T("Aucun document d'information précontractuelle n'est enregistré pour cette candidature.",
                   "No pre-contractual disclosure document is recorded for this candidacy."));
    }
}
