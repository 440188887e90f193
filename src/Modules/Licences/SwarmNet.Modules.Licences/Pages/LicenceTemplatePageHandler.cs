using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Licences.Contracts.Pages;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Templates;

namespace SwarmNet.Modules.Licences.Pages;

/// <summary>The template form's request, answered by the module's own create command (its rules, its access).</summary>
internal sealed class LicenceTemplatePageHandler(IMediator mediator) : IRequestHandler<CreateTemplate<LicenceTemplateContent>, Guid>
{
    public Task<Guid> Handle(CreateTemplate<LicenceTemplateContent> request, CancellationToken cancellationToken) =>
        TemplatePages.MapErrorsAsync(async () =>
        {
            var brand = request.Content?.Brand is { } b ? new LicensedBrand(b.Name, b.InpiNumber, b.NiceClasses, b.Activities) : null;
            var terms = request.Terms;
            return (await mediator.Send(new CreateLicenceTemplate(request.GrantorOrganizationId, request.Name, brand, terms.RoyaltyTerms, terms.ObligationTerms,
                terms.ExitTerms), cancellationToken)).Id;
        });
}
