using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Candidacies;

namespace SwarmNet.Modules.Network.Readiness;

/// <summary>The evidence file of a ticked item, for whoever sees the candidacy.</summary>
internal sealed record OpenEvidenceFile(Guid CandidacyId, Guid ItemId) : IQuery<OpenedDocument>;

internal sealed class OpenEvidenceFileHandler(DbSession db, ActorContext actor, DocumentStore store) : IRequestHandler<OpenEvidenceFile, OpenedDocument>
{
    private sealed class Row
    {
        public string EvidenceFile { get; init; } = "";
        public string EvidenceFileType { get; init; } = "";
        public string EvidenceFilePath { get; init; } = "";
    }

    public async Task<OpenedDocument> Handle(OpenEvidenceFile request, CancellationToken cancellationToken)
    {
        var candidacy = await GetCandidacyHandler.LoadVisibleAsync(db, actor.Current, request.CandidacyId, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<Row>(SelectSql, new { request.ItemId, CandidacyId = candidacy.Id }, cancellationToken)
                  ?? throw new NotFoundException(Text.T("Aucun fichier justificatif pour cet élément.", "No evidence file for this item."));
        return new OpenedDocument(row.EvidenceFile, row.EvidenceFileType, store.OpenRead(row.EvidenceFilePath));
    }

    internal const string SelectSql = """
        SELECT evidence_file, evidence_file_type, evidence_file_path FROM network_candidacy_checklist_items
        WHERE id = @ItemId AND candidacy_id = @CandidacyId AND evidence_file_path IS NOT NULL
        """;
}
