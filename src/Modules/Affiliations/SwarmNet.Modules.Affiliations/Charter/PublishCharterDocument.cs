using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.Modules.Affiliations.Networks;

namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>
/// Publishes a version whose charter is a document (PDF…): not one transaction on purpose. The file is checked, hashed and
/// written first — slow, so outside the write transaction (SQLite has one writer) — then <see cref="PublishCharterVersion"/>
/// records it; the file goes if that fails.
/// </summary>
internal sealed record PublishCharterDocument(Guid NetworkId, string? Summary, string? Text, int? AcknowledgeWithinDays, UploadedFile File)
    : IRequest<CharterVersionDto>;

internal sealed class PublishCharterDocumentHandler(NetworkAccess networks, DocumentStore files, IMediator mediator)
    : IRequestHandler<PublishCharterDocument, CharterVersionDto>
{
    public async Task<CharterVersionDto> Handle(PublishCharterDocument request, CancellationToken cancellationToken)
    {
        // Who may publish is checked before anything is written: an outsider's file never reaches the disk.
        var network = await networks.ManagedAsync(request.NetworkId, Text.T("Seule l'équipe de la tête de réseau publie sa charte.",
            "Only the network head's staff publish its charter."), cancellationToken);
        var stored = await files.StoreAsync("affiliations-charters", network.Id, request.File, "/file", cancellationToken);
        try
        {
            return await mediator.Send(new PublishCharterVersion(network.Id, request.Summary, request.Text, request.AcknowledgeWithinDays, stored),
                cancellationToken);
        }
        catch
        {
            files.Delete(stored.StoragePath);
            throw;
        }
    }
}
