using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Drafting;
using SwarmNet.Modules.Licences.Reading;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>Drafts a licence for a candidacy of the network head's pipeline from one of its templates; territory and term are the licence's own.</summary>
internal sealed record DraftLicenceFromTemplate(
    Guid TemplateId, Guid CandidacyId, Territory? Territory, bool Exclusive, bool SublicensingAllowed, ContractTerm? Term) : ICommand<LicenceDto>;

internal sealed class DraftLicenceFromTemplateHandler(DbSession db, ActorContext actor, ContractTemplates<LicenceKind> templates, IMediator mediator) : IRequestHandler<DraftLicenceFromTemplate, LicenceDto>
{
    public async Task<LicenceDto> Handle(DraftLicenceFromTemplate request, CancellationToken cancellationToken)
    {
        await templates.GrantorVisibleToAsync(actor.Current, request.TemplateId, cancellationToken);
        var template = (await db.QuerySingleOrDefaultAsync<TemplateRow>(CreateLicenceTemplateHandler.SelectSql, new { Id = request.TemplateId }, cancellationToken))!;
        CandidacyDto candidacy;
        try
        {
            candidacy = await mediator.Send(new GetCandidacy(request.CandidacyId), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new InputValidationException("/candidacyId", Text.T("Candidature inconnue.", "Unknown candidacy."));
        }

        var dto = template.ToDto();
        var royalty = dto.RoyaltyTerms is { } terms && request.Term is { } term ? TemplateDates.Rebase(terms, term) : dto.RoyaltyTerms;
        var content = new LicenceContent(dto.Brand, request.Territory, request.Exclusive, request.SublicensingAllowed, request.Term, royalty,
            dto.ObligationTerms, dto.ExitTerms);
        // The draft checks the grantor's staff, the candidacy's network and structure, and every field of the content.
        return await mediator.Send(new DraftLicence(template.GrantorOrganizationId, candidacy.StructureId, candidacy.NetworkId, candidacy.Id, content),
            cancellationToken);
    }
}
