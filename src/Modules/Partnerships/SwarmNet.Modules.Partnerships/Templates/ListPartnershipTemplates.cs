using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Templates;

namespace SwarmNet.Modules.Partnerships.Templates;

/// <summary>A network head's standard partnerships, by name, for its members (404 for anyone else).</summary>
internal sealed record ListPartnershipTemplates(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<PartnershipTemplateDto>>;

internal sealed class ListPartnershipTemplatesHandler(DbSession db, ActorContext actor) : IRequestHandler<ListPartnershipTemplates, IReadOnlyList<PartnershipTemplateDto>>
{
    public async Task<IReadOnlyList<PartnershipTemplateDto>> Handle(ListPartnershipTemplates request, CancellationToken cancellationToken)
    {
        ContractTemplates<PartnershipKind>.EnsureVisible(actor.Current, request.GrantorOrganizationId);
        return (await db.QueryAsync<TemplateRow>(SelectSql, new { Grantor = request.GrantorOrganizationId }, cancellationToken)).Select(t => t.ToDto()).ToList();
    }

    internal const string SelectSql = "SELECT " + TemplateRow.Columns + " FROM partnerships_templates t WHERE t.grantor_organization_id = @Grantor ORDER BY t.name";
}
