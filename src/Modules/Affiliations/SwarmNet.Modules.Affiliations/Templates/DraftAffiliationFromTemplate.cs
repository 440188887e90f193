using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Affiliations.Reading;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Affiliations.Templates;

/// <summary>Drafts the agreement of a candidacy in the head's pipeline from one of its templates; term and exclusivity are the agreement's own.</summary>
internal sealed record DraftAffiliationFromTemplate(Guid TemplateId, Guid CandidacyId, bool Exclusive, ContractTerm? Term) : ICommand<AffiliationDto>;

internal sealed class DraftAffiliationFromTemplateHandler(DbSession db, ActorContext actor, ContractTemplates<AffiliationKind> templates, IMediator mediator)
    : IRequestHandler<DraftAffiliationFromTemplate, AffiliationDto>
{
    public async Task<AffiliationDto> Handle(DraftAffiliationFromTemplate request, CancellationToken cancellationToken)
    {
        await templates.GrantorVisibleToAsync(actor.Current, request.TemplateId, cancellationToken);
        var template = (await db.QuerySingleOrDefaultAsync<TemplateColumns>(TemplateColumns.ByIdSql, new { Id = request.TemplateId }, cancellationToken))!.Dto;
        var candidacy = await CandidacyAsync(request.CandidacyId, cancellationToken);
        var royalty = template.RoyaltyTerms is { } terms && request.Term is { } term ? TemplateDates.Rebase(terms, term) : template.RoyaltyTerms;
        var content = new AffiliationContent(template.DistinctiveSigns, template.Services, request.Exclusive, request.Term, royalty, template.ObligationTerms,
            template.ExitTerms);
        // The draft checks the grantor's staff, the candidacy's structure and network, the brands and every field.
        return await mediator.Send(new DraftAffiliation(template.GrantorOrganizationId, candidacy.StructureId, candidacy.NetworkId, candidacy.Id, content),
            cancellationToken);
    }

    private async Task<CandidacyDto> CandidacyAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(new GetCandidacy(id), ct);
        }
        catch (NotFoundException)
        {
            throw new InputValidationException("/candidacyId", Text.T("Candidature inconnue.", "Unknown candidacy."));
        }
    }
}
