using SwarmNet.Modules.Affiliations.Charter;
using SwarmNet.Modules.Affiliations.Contracts.Pages;

namespace SwarmNet.Modules.Affiliations.Pages;

/// <summary>A charter version as a document, from the network page: the module's own publication (file stored before its transaction) and reading.</summary>
internal sealed class CharterDocumentHandlers(IMediator mediator) :
    IRequestHandler<PublishCharterDocumentVersion, int>, IRequestHandler<GetCharterVersionDetail, CharterVersionDetail>
{
    // No file comes on as an empty one: the module's document rules name "/file", as the API's multipart route does.
    public async Task<int> Handle(PublishCharterDocumentVersion request, CancellationToken cancellationToken) =>
        (await mediator.Send(new PublishCharterDocument(request.NetworkId, request.Summary, request.Text, request.AcknowledgeWithinDays,
            request.File ?? new(null, null, [])), cancellationToken)).Number;

    public async Task<CharterVersionDetail> Handle(GetCharterVersionDetail request, CancellationToken cancellationToken)
    {
        var version = await mediator.Send(new GetCharterVersion(request.NetworkId, request.Number), cancellationToken);
        return new CharterVersionDetail(version.Number, version.Summary, version.Text, version.PublishedOn, version.DueOn, version.PublishedBy,
            version.Document?.FileName);
    }
}
