using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Royalties.Agreements;

namespace SwarmNet.Modules.Royalties.Declarations;

internal sealed class ListDeclarationsValidator : AbstractValidator<ListDeclarations>
{
    public ListDeclarationsValidator() => this.AddPagingRules(q => q.Page, q => q.PageSize);
}

internal sealed class ListDeclarationsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListDeclarations, PagedResult<DeclarationDto>>
{
    public async Task<PagedResult<DeclarationDto>> Handle(ListDeclarations request, CancellationToken cancellationToken)
    {
        await AgreementAccess.LoadVisibleAsync(db, actor.Current, request.AgreementId, cancellationToken);
        var filter = new { request.AgreementId, Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<DeclarationVersionRow>(PageSql, filter, cancellationToken);
        return new PagedResult<DeclarationDto>([.. rows.Select(r => r.ToDto([]))], request.Page, request.PageSize, total);
    }

    internal const string CountSql = "SELECT COUNT(*) FROM royalties_declarations WHERE agreement_id = @AgreementId";

    internal const string PageSql = "SELECT " + DeclarationVersionRow.Columns + """

        FROM royalties_declarations d JOIN royalties_declaration_versions v ON v.declaration_id = d.id AND v.version = d.current_version
        WHERE d.agreement_id = @AgreementId ORDER BY d.period_start DESC {{PAGE}}
        """;
}
