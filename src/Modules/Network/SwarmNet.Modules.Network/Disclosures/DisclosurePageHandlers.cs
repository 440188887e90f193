using MediatR;
using SwarmNet.Modules.Network.Contracts.Disclosures;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Disclosures;

/// <summary>The candidacy page's DIP requests, answered by the module's own (same validator, same rights, same storage).</summary>
internal sealed class DisclosurePageHandlers(IMediator mediator) :
    IRequestHandler<GiveDisclosure, Unit>, IRequestHandler<ListDisclosureHeadings, IReadOnlyList<DisclosureHeadingLine>>
{
    public async Task<Unit> Handle(GiveDisclosure request, CancellationToken cancellationToken)
    {
        await mediator.Send(new RecordDisclosure(request.CandidacyId, request.GivenOn, request.Headings, request.File), cancellationToken);
        return Unit.Value;
    }

    public Task<IReadOnlyList<DisclosureHeadingLine>> Handle(ListDisclosureHeadings request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DisclosureHeadingLine>>(
            [.. DisclosureHeadings.All.Select(h => new DisclosureHeadingLine(char.ToLowerInvariant(h.ToString()[0]) + h.ToString()[1..], DisclosureHeadings.Label(h)))]);
}
