using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>One version of a network's charter with its text, for whoever sees the network; the head's side also reads how far it reached.</summary>
internal sealed record GetCharterVersion(Guid NetworkId, int Number) : IQuery<CharterVersionDto>;

/// <summary>A version's document, for whoever sees the network.</summary>
internal sealed record OpenCharterDocument(Guid NetworkId, int Number) : IQuery<OpenedDocument>;

internal sealed class GetCharterVersionHandler(DbSession db, NetworkAccess networks, TimeProvider clock) : IRequestHandler<GetCharterVersion, CharterVersionDto>
{
    public async Task<CharterVersionDto> Handle(GetCharterVersion request, CancellationToken cancellationToken)
    {
        var network = await networks.VisibleAsync(request.NetworkId, cancellationToken);
        var version = await CharterVersions.FindAsync(db, network.Id, request.Number, cancellationToken);
        var progress = networks.IsHeadSide(network)
            ? (await db.QuerySingleOrDefaultAsync<CharterVersions.Progress>(CharterVersions.ProgressSql,
                new { VersionId = version.Id, Today = ContractDay.Today(clock) }, cancellationToken))!.Dto
            : null;
        return version.Dto(withText: true, progress);
    }
}

internal sealed class OpenCharterDocumentHandler(DbSession db, NetworkAccess networks, DocumentStore files) : IRequestHandler<OpenCharterDocument, OpenedDocument>
{
    public async Task<OpenedDocument> Handle(OpenCharterDocument request, CancellationToken cancellationToken)
    {
        var network = await networks.VisibleAsync(request.NetworkId, cancellationToken);
        var version = await CharterVersions.FindAsync(db, network.Id, request.Number, cancellationToken);
        return version.StoragePath is { } path
            ? new OpenedDocument(version.FileName!, version.ContentType!, files.OpenRead(path))
            : throw new NotFoundException(Text.T("Cette version de la charte n'a pas de document.", "This charter version has no document."));
    }
}

internal static class CharterVersions
{
    /// <summary>How far a version reached (by <see cref="Number"/> when grouped over a network); overdue among agreements still in force.</summary>
    internal sealed class Progress
    {
        public int Number { get; init; }
        public long Pushed { get; init; }
        public long Acknowledged { get; init; }
        public long Overdue { get; init; }

        public CharterProgressDto Dto => new((int)Pushed, (int)Acknowledged, (int)Overdue);
    }

    public static async Task<CharterVersionRow> FindAsync(DbSession db, Guid networkId, int number, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<CharterVersionRow>(ByNumberSql, new { NetworkId = networkId, Number = number }, ct)
        ?? throw new NotFoundException(Text.T($"Version {number} de la charte introuvable.", $"Charter version {number} not found."));

    internal const string ByNumberSql = "SELECT " + CharterVersionRow.Columns + " FROM affiliations_charter_versions v WHERE v.network_id = @NetworkId AND v.number = @Number";

    internal const string ProgressSql = """
        SELECT COUNT(*) AS pushed,
               COALESCE(SUM(CASE WHEN a.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS acknowledged,
               COALESCE(SUM(CASE WHEN a.acknowledged_at IS NULL AND a.due_on < @Today AND c.status IN ('Active', 'Suspended') THEN 1 ELSE 0 END), 0) AS overdue
        FROM affiliations_charter_acknowledgements a JOIN affiliations_contracts c ON c.id = a.contract_id WHERE a.version_id = @VersionId
        """;
}
