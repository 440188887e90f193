using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Templates;

namespace SwarmNet.Modules.Affiliations.Templates;

/// <summary>A network head's standard agreements, for its own members (a handful, so no paging).</summary>
internal sealed record ListAffiliationTemplates(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<AffiliationTemplateDto>>;

internal sealed class ListAffiliationTemplatesHandler(DbSession db, ActorContext actor) : IRequestHandler<ListAffiliationTemplates, IReadOnlyList<AffiliationTemplateDto>>
{
    public async Task<IReadOnlyList<AffiliationTemplateDto>> Handle(ListAffiliationTemplates request, CancellationToken cancellationToken)
    {
        ContractTemplates<AffiliationKind>.EnsureVisible(actor.Current, request.GrantorOrganizationId);
        return (await db.QueryAsync<TemplateColumns>(ByGrantorSql, new { Grantor = request.GrantorOrganizationId }, cancellationToken)).Select(t => t.Dto).ToList();
    }

    internal const string ByGrantorSql = TemplateColumns.SelectSql + " WHERE t.grantor_organization_id = @Grantor ORDER BY t.name";
}
