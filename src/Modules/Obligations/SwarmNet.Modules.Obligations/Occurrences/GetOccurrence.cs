using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Occurrences;

internal sealed class GetOccurrenceHandler(DbSession db, ActorContext actor) : IRequestHandler<GetOccurrence, OccurrenceDetailDto>
{
    public async Task<OccurrenceDetailDto> Handle(GetOccurrence request, CancellationToken cancellationToken)
    {
        var row = await OccurrenceAccess.LoadVisibleAsync(db, actor.Current, request.OccurrenceId, cancellationToken);
        var history = await db.QueryAsync<OccurrenceHistoryDto>(SelectHistorySql, new { row.Id }, cancellationToken);
        var files = await db.QueryAsync<OccurrenceFileDto>(SelectFilesSql, new { row.Id }, cancellationToken);
        return new OccurrenceDetailDto(row.ToDto(), history, files);
    }

    internal const string SelectHistorySql = """
        SELECT at AS At, from_state AS FromState, to_state AS ToState, actor_name AS ActorName, note AS Note
        FROM obligations_history WHERE occurrence_id = @Id ORDER BY id
        """;

    internal const string SelectFilesSql = """
        SELECT id AS Id, file_name AS FileName, content_type AS ContentType, size_bytes AS SizeBytes, sha256 AS Sha256, uploaded_at AS UploadedAt,
               uploaded_by_name AS UploadedByName
        FROM obligations_files WHERE occurrence_id = @Id ORDER BY uploaded_at
        """;
}
