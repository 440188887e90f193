using System.Text.Json;
using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Templates;

namespace SwarmNet.Modules.Partnerships.Pages;

/// <summary>The drafting page requests, answered by the module's own template list and drafting from a template (same access, same rules).</summary>
internal sealed class PartnershipDraftingHandlers(IMediator mediator) :
    IRequestHandler<GetPartnershipDraftingChoices, PartnershipDraftingChoices>, IRequestHandler<DraftPartnershipFromPage, Guid>
{
    public async Task<PartnershipDraftingChoices> Handle(GetPartnershipDraftingChoices request, CancellationToken cancellationToken)
    {
        var templates = await mediator.Send(new ListPartnershipTemplates(request.GrantorOrganizationId), cancellationToken);
        return new PartnershipDraftingChoices(
            [.. templates.Select(t => new PartnershipTemplateChoice(t.Id, t.Name, t.Template.Objective ?? "", t.Template.Indicators is { Count: > 0 }))],
            [.. Enum.GetValues<PartnerRole>().Select(r => new PartnerRoleChoice(Code(r), Glossary.Of(r)))]);
    }

    public async Task<Guid> Handle(DraftPartnershipFromPage request, CancellationToken cancellationToken)
    {
        // An unknown role code stays empty: the module then names the role's field as missing.
        var partners = request.Partners?.Select(p => p is null ? null
            : new PartnerTerms(p.OrganizationId, Role(p.Role), new Signatory(p.SignatoryName, p.SignatoryTitle))).ToList();
        var draft = await mediator.Send(new DraftPartnershipFromTemplate(request.TemplateId, request.NetworkId, request.CandidacyId, request.Title, partners,
            request.Term, request.ReporterOrganizationIds), cancellationToken);
        return draft.Id;
    }

    private static string Code(PartnerRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());

    private static PartnerRole? Role(string? code) =>
        Enum.GetValues<PartnerRole>().Select(r => (PartnerRole?)r).FirstOrDefault(r => Code(r!.Value) == code);
}
