using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>
/// The network head's staff publish the next version of their network's charter (numbered 1, 2…): what changed, its text
/// and/or its document (already stored, see <see cref="PublishCharterDocument"/>), the delay to acknowledge it. It reaches
/// every affiliate of the network at once. <see cref="PublishedOn"/> is for the demo's story, never read from a request.
/// </summary>
internal sealed record PublishCharterVersion(
    Guid NetworkId, string? Summary, string? Text, int? AcknowledgeWithinDays, StoredDocument? Document = null, DateOnly? PublishedOn = null)
    : ICommand<CharterVersionDto>;

internal sealed class PublishCharterVersionHandler(DbSession db, ActorContext actorContext, NetworkAccess networks, CharterPush push, IMediator mediator,
    TimeProvider clock) : IRequestHandler<PublishCharterVersion, CharterVersionDto>
{
    public async Task<CharterVersionDto> Handle(PublishCharterVersion request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var network = await networks.ManagedAsync(request.NetworkId, Text.T("Seule l'équipe de la tête de réseau publie sa charte.",
            "Only the network head's staff publish its charter."), cancellationToken);
        var days = request.AcknowledgeWithinDays ?? CharterDeadlines.DefaultDays;
        var errors = CharterPublication.Validate(request.Summary, request.Text, request.Document is not null, days);
        var today = ContractDay.Today(clock);
        if (request.PublishedOn > today)
            errors.Add(new("/publishedOn", Text.T("Une version ne se publie pas à une date future.", "A version is not published on a future date.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        // Two publications at once must not take the same number (SQL Server; SQLite has one writer).
        await db.LockAsync($"affiliations-charter-{network.Id:N}", cancellationToken);
        var number = await db.ExecuteScalarAsync<int>(NextNumberSql, new { NetworkId = network.Id }, cancellationToken);
        var version = new CharterVersionRow
        {
            Id = Guid.CreateVersion7(), NetworkId = network.Id, Number = number, Summary = request.Summary!.Trim(),
            Text = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text, FileName = request.Document?.FileName, ContentType = request.Document?.ContentType,
            SizeBytes = request.Document?.SizeBytes, Sha256 = request.Document?.Sha256, StoragePath = request.Document?.StoragePath,
            PublishedOn = request.PublishedOn ?? today, AcknowledgeWithinDays = days, PublishedAt = clock.GetUtcNow(), PublishedByName = actor.DisplayName,
        };
        await db.ExecuteAsync(InsertSql, new
        {
            version.Id, version.NetworkId, version.Number, version.Summary, version.Text, version.FileName, version.ContentType, version.SizeBytes,
            version.Sha256, version.StoragePath, version.PublishedOn, version.AcknowledgeWithinDays, version.PublishedAt, ActorId = actor.UserId,
            version.PublishedByName,
        }, cancellationToken);
        await push.ToNetworkAsync(version, network.Name, cancellationToken);
        return await mediator.Send(new GetCharterVersion(network.Id, number), cancellationToken);
    }

    internal const string NextNumberSql = "SELECT COALESCE(MAX(number), 0) + 1 FROM affiliations_charter_versions WHERE network_id = @NetworkId";

    internal const string InsertSql = """
        INSERT INTO affiliations_charter_versions (id, network_id, number, summary, text, file_name, content_type, size_bytes, sha256, storage_path,
            published_on, acknowledge_within_days, published_at, published_by_id, published_by_name)
        VALUES (@Id, @NetworkId, @Number, @Summary, @Text, @FileName, @ContentType, @SizeBytes, @Sha256, @StoragePath,
            @PublishedOn, @AcknowledgeWithinDays, @PublishedAt, @ActorId, @PublishedByName)
        """;
}
