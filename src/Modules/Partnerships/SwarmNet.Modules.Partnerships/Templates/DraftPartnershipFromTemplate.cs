using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Reading;

namespace SwarmNet.Modules.Partnerships.Templates;

/// <summary>
/// Drafts a partnership from one of the lead's templates: the partners, title and term are the contract's own, the rest
/// the template's; the partners named report the indicators when the template has them reported.
/// </summary>
internal sealed record DraftPartnershipFromTemplate(Guid TemplateId, Guid? NetworkId, Guid? CandidacyId, string? Title, IReadOnlyList<PartnerTerms?>? Partners,
    ContractTerm? Term, IReadOnlyList<Guid>? ReporterOrganizationIds) : ICommand<PartnershipDto>;

internal sealed class DraftPartnershipFromTemplateHandler(DbSession db, ActorContext actor, ContractTemplates<PartnershipKind> templates, IMediator mediator) : IRequestHandler<DraftPartnershipFromTemplate, PartnershipDto>
{
    public async Task<PartnershipDto> Handle(DraftPartnershipFromTemplate request, CancellationToken cancellationToken)
    {
        await templates.GrantorVisibleToAsync(actor.Current, request.TemplateId, cancellationToken);
        var row = (await db.QuerySingleOrDefaultAsync<TemplateRow>(CreatePartnershipTemplateHandler.SelectSql, new { Id = request.TemplateId }, cancellationToken))!;
        var lead = request.Partners?.FirstOrDefault(p => p?.Role == PartnerRole.Lead)?.OrganizationId;
        if (lead is not null && lead != row.GrantorOrganizationId)
            throw new InputValidationException("/content/partners", Text.T("Le chef de file est la tête de réseau du modèle.", "The lead partner is the template's network head."));
        var t = row.ToDto().Template;
        var reporting = request.ReporterOrganizationIds is { Count: > 0 } reporters ? new ReportingTerms(reporters, t.ReportingDaysAfterQuarterEnd ?? 30) : null;
        var content = new PartnershipContent(request.Title, t.Objective, request.Partners, request.Term, t.ObligationTerms ?? [], t.ExitTerms, t.SharedAssetsOnExit,
            t.ResultsOnExit, Committee: t.Committee, Indicators: t.Indicators, Reporting: reporting);
        // The draft checks the lead's signatories, the partners, the network and every field of the content.
        return await mediator.Send(new DraftPartnership(request.NetworkId, request.CandidacyId, content), cancellationToken);
    }
}
