using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Agreements;

internal sealed class ListAgreementsValidator : AbstractValidator<ListAgreements>
{
    public ListAgreementsValidator() => this.AddPagingRules(q => q.Page, q => q.PageSize);
}

internal sealed class ListAgreementsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListAgreements, PagedResult<AgreementDto>>
{
    public async Task<PagedResult<AgreementDto>> Handle(ListAgreements request, CancellationToken cancellationToken)
    {
        var scope = RoyaltyAccess.Scope(actor.Current);
        var filter = new
        {
            scope.All, scope.GrantorIds, scope.StructureIds, request.NetworkId, request.StructureId,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<AgreementRow>(PageSql, filter, cancellationToken);
        return new PagedResult<AgreementDto>([.. rows.Select(r => AgreementDtos.From(r, []))], request.Page, request.PageSize, total);
    }

    private const string Where = """
         WHERE (@All = 1 OR a.grantor_organization_id IN @GrantorIds OR a.structure_organization_id IN @StructureIds)
           AND (@NetworkId IS NULL OR a.network_id = @NetworkId) AND (@StructureId IS NULL OR a.structure_organization_id = @StructureId)
        """;

    internal const string CountSql = "SELECT COUNT(*) FROM royalties_agreements a" + Where;

    internal const string PageSql = "SELECT " + AgreementRow.Columns + " FROM royalties_agreements a" + Where +
        " ORDER BY a.effective_date DESC, a.id {{PAGE}}";
}
