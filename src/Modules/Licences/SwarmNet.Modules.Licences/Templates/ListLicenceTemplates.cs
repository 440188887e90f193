using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>A network head's templates, for its own members (a head keeps at most a handful, so no paging).</summary>
internal sealed record ListLicenceTemplates(Guid GrantorOrganizationId) : IQuery<IReadOnlyList<LicenceTemplateDto>>;

internal sealed class ListLicenceTemplatesHandler(DbSession db, ActorContext actor) : IRequestHandler<ListLicenceTemplates, IReadOnlyList<LicenceTemplateDto>>
{
    public async Task<IReadOnlyList<LicenceTemplateDto>> Handle(ListLicenceTemplates request, CancellationToken cancellationToken)
    {
        ContractTemplates<LicenceKind>.EnsureVisible(actor.Current, request.GrantorOrganizationId);
        var rows = await db.QueryAsync<TemplateRow>(SelectSql, new { Grantor = request.GrantorOrganizationId }, cancellationToken);
        return rows.Select(r => r.ToDto()).ToList();
    }

    internal const string SelectSql = "SELECT " + TemplateRow.Columns + " FROM licences_templates t WHERE t.grantor_organization_id = @Grantor ORDER BY t.name";
}
