using SwarmNet.Modules.Licences.Contracts.Drafting;
using SwarmNet.Modules.Licences.Domain;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>The published drafting requests, answered by the module's own template queries and commands.</summary>
internal sealed class DraftLicenceForCandidacyHandlers(IMediator mediator) :
    IRequestHandler<ListLicenceTemplateChoices, IReadOnlyList<LicenceTemplateChoice>>, IRequestHandler<DraftLicenceForCandidacy, Guid>
{
    public async Task<IReadOnlyList<LicenceTemplateChoice>> Handle(ListLicenceTemplateChoices request, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListLicenceTemplates(request.GrantorOrganizationId), cancellationToken))
            .Select(t => new LicenceTemplateChoice(t.Id, t.Name, t.Brand.Name ?? "", t.RoyaltyTerms is not null))];

    public async Task<Guid> Handle(DraftLicenceForCandidacy request, CancellationToken cancellationToken) =>
        (await mediator.Send(new DraftLicenceFromTemplate(request.TemplateId, request.CandidacyId,
            new Territory(request.Communes, request.Departments, request.TerritoryDescription), request.Exclusive, request.SublicensingAllowed, request.Term),
            cancellationToken)).Id;
}
