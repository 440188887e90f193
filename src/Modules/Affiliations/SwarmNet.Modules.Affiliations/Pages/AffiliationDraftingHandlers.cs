using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Modules.Affiliations.Templates;

namespace SwarmNet.Modules.Affiliations.Pages;

/// <summary>The drafting page requests, answered by the module's own template list and drafting command.</summary>
internal sealed class AffiliationDraftingHandlers(IMediator mediator) :
    IRequestHandler<ListAffiliationTemplateChoices, IReadOnlyList<AffiliationTemplateChoice>>, IRequestHandler<DraftAffiliationForCandidacy, Guid>
{
    public async Task<IReadOnlyList<AffiliationTemplateChoice>> Handle(ListAffiliationTemplateChoices request, CancellationToken cancellationToken) =>
        [.. (await mediator.Send(new ListAffiliationTemplates(request.GrantorOrganizationId), cancellationToken))
            .Select(t => new AffiliationTemplateChoice(t.Id, t.Name, [.. t.DistinctiveSigns.Select(s => s.Brand ?? "").Where(b => b.Length > 0).Distinct()]))];

    public async Task<Guid> Handle(DraftAffiliationForCandidacy request, CancellationToken cancellationToken) =>
        (await mediator.Send(new DraftAffiliationFromTemplate(request.TemplateId, request.CandidacyId, request.Exclusive, request.Term), cancellationToken)).Id;
}
