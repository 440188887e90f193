using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Disclosures;

/// <summary>The transactional half of <see cref="RecordDisclosure"/>: the file is already stored.</summary>
internal sealed record SaveDisclosure(Guid CandidacyId, DateOnly GivenOn, IReadOnlyList<DisclosureHeading> Headings, StoredDocument Document)
    : ICommand<CandidacyDisclosureDto>;

internal sealed class SaveDisclosureHandler(DbSession db, ActorContext actorContext, CandidacyHistory history, TimeProvider clock)
    : IRequestHandler<SaveDisclosure, CandidacyDisclosureDto>
{
    public async Task<CandidacyDisclosureDto> Handle(SaveDisclosure request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var candidacy = await DisclosureAccess.LoadForRecordingAsync(db, actor, request.CandidacyId, cancellationToken);
        var document = request.Document;
        var row = new DisclosureRow
        {
            Id = Guid.CreateVersion7(), CandidacyId = candidacy.Id, GivenOn = request.GivenOn, Headings = DisclosureHeadings.Store(request.Headings),
            FileName = document.FileName, ContentType = document.ContentType, SizeBytes = document.SizeBytes, Sha256 = document.Sha256,
            StoragePath = document.StoragePath, RecordedAt = clock.GetUtcNow(), RecordedByName = actor.DisplayName,
        };
        await db.ExecuteAsync(InsertSql, new
        {
            row.Id, row.CandidacyId, row.GivenOn, row.Headings, row.FileName, row.ContentType, row.SizeBytes, row.Sha256, row.StoragePath,
            row.RecordedAt, RecordedById = actor.UserId, row.RecordedByName,
        }, cancellationToken);
        await history.RecordEventAsync(candidacy, CandidacyEventKind.DisclosureRecorded, row.FileName, null, actor, cancellationToken);
        return row.ToDto();
    }

    internal const string InsertSql = """
        INSERT INTO network_candidacy_disclosures (id, candidacy_id, given_on, headings, file_name, content_type, size_bytes, sha256, storage_path,
            recorded_at, recorded_by_id, recorded_by_name)
        VALUES (@Id, @CandidacyId, @GivenOn, @Headings, @FileName, @ContentType, @SizeBytes, @Sha256, @StoragePath, @RecordedAt, @RecordedById, @RecordedByName)
        """;
}
