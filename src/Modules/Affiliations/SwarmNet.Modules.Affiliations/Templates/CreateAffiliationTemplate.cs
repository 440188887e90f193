using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Drafting;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Templates;

/// <summary>
/// Records a network head's standard agreement. Its royalty terms' dates are a pattern, moved to each agreement's effective
/// date when drafting from it; its signs pass the brand gate now, and again when an agreement is drafted.
/// </summary>
internal sealed record CreateAffiliationTemplate(
    Guid GrantorOrganizationId, string? Name, IReadOnlyList<DistinctiveSign?>? DistinctiveSigns, IReadOnlyList<NetworkService?>? Services,
    RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm?>? ObligationTerms, ExitTerms? ExitTerms) : ICommand<AffiliationTemplateDto>;

internal sealed class CreateAffiliationTemplateHandler(DbSession db, ActorContext actorContext, ContractTemplates<AffiliationKind> templates, SignsGate signs,
    TimeProvider clock) : IRequestHandler<CreateAffiliationTemplate, AffiliationTemplateDto>
{
    public async Task<AffiliationTemplateDto> Handle(CreateAffiliationTemplate request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        ContractTemplates<AffiliationKind>.EnsureManager(actor, request.GrantorOrganizationId);
        var grant = new AffiliationContent(request.DistinctiveSigns, request.Services, false, null, request.RoyaltyTerms, request.ObligationTerms, request.ExitTerms);
        var grantErrors = grant.ValidateGrant("");
        if (grantErrors.Count == 0)
            await signs.NetworkOfAsync(request.GrantorOrganizationId, grant.DistinctiveSigns!, null, "", grantErrors, cancellationToken);
        var errors = await templates.ValidateAsync(request.GrantorOrganizationId, request.Name, request.RoyaltyTerms, request.ObligationTerms, request.ExitTerms,
            grantErrors, cancellationToken);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, Grantor = request.GrantorOrganizationId, Name = request.Name!.Trim(), DistinctiveSigns = ContentParameters.SignsJson(grant.DistinctiveSigns!),
            Services = ContentParameters.ServicesJson(grant.Services), RoyaltyTerms = ContractJson.WriteOrNull(request.RoyaltyTerms),
            ObligationTerms = ContractJson.Write(request.ObligationTerms ?? []), ExitTerms = ContractJson.WriteOrNull(request.ExitTerms), Now = clock.GetUtcNow(),
            ActorName = actor.DisplayName,
        }, cancellationToken);
        return (await db.QuerySingleOrDefaultAsync<TemplateColumns>(TemplateColumns.ByIdSql, new { Id = id }, cancellationToken))!.Dto;
    }

    internal const string InsertSql = """
        INSERT INTO affiliations_templates (id, grantor_organization_id, name, distinctive_signs, services, royalty_terms, obligation_terms, exit_terms,
            created_at, created_by_name)
        VALUES (@Id, @Grantor, @Name, @DistinctiveSigns, @Services, @RoyaltyTerms, @ObligationTerms, @ExitTerms, @Now, @ActorName)
        """;
}
