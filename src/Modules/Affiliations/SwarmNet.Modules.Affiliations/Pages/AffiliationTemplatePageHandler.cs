using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Affiliations.Contracts.Pages;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Templates;

namespace SwarmNet.Modules.Affiliations.Pages;

/// <summary>The template form's request, answered by the module's own create command (its rules, its access).</summary>
internal sealed class AffiliationTemplatePageHandler(IMediator mediator) : IRequestHandler<CreateTemplate<AffiliationTemplateContent>, Guid>
{
    public Task<Guid> Handle(CreateTemplate<AffiliationTemplateContent> request, CancellationToken cancellationToken) =>
        TemplatePages.MapErrorsAsync(async () =>
        {
            var signs = request.Content?.DistinctiveSigns?.Select(s => s is null ? null
                : new DistinctiveSign(TemplatePages.Word<SignKind>(s.Kind), s.Brand, s.Description, TemplatePages.Word<SignExit>(s.OnExit))).ToList();
            var services = request.Content?.Services?.Select(s => s is null ? null : new NetworkService(TemplatePages.Word<ServiceKind>(s.Kind), s.Label, s.Description,
                s.CostAmount is null && s.CostPer is null ? null : new ServiceCost(s.CostAmount, TemplatePages.Word<CostPeriod>(s.CostPer)))).ToList();
            var terms = request.Terms;
            return (await mediator.Send(new CreateAffiliationTemplate(request.GrantorOrganizationId, request.Name, signs, services, terms.RoyaltyTerms,
                terms.ObligationTerms, terms.ExitTerms), cancellationToken)).Id;
        });
}
