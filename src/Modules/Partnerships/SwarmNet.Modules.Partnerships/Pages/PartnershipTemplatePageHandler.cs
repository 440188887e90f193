using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Partnerships.Contracts.Pages;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Templates;

namespace SwarmNet.Modules.Partnerships.Pages;

/// <summary>The template form's request, answered by the module's own create command (its rules, its access).</summary>
internal sealed class PartnershipTemplatePageHandler(IMediator mediator) : IRequestHandler<CreateTemplate<PartnershipTemplateContent>, Guid>
{
    public Task<Guid> Handle(CreateTemplate<PartnershipTemplateContent> request, CancellationToken cancellationToken) =>
        TemplatePages.MapErrorsAsync(async () =>
        {
            var c = request.Content;
            var template = c is null ? null : new TemplateContent(c.Objective, request.Terms.ObligationTerms, request.Terms.ExitTerms, c.SharedAssetsOnExit,
                c.ResultsOnExit, c.Committee is { } m ? new CommitteeTerms(TemplatePages.Word<CommitteeCadence>(m.Cadence), m.Name) : null,
                c.Indicators?.Select(i => i is null ? null : new IndicatorTerms(i.Code, i.Label, i.Unit, TemplatePages.Word<IndicatorAggregation>(i.Aggregation))).ToList(),
                c.ReportingDaysAfterQuarterEnd);
            return (await mediator.Send(new CreatePartnershipTemplate(request.GrantorOrganizationId, request.Name, template), cancellationToken)).Id;
        }, "/template");
}
