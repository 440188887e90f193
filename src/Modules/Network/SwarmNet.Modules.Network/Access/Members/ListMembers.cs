using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Members;

/// <summary>The members of an organisation, by name; any member may list them.</summary>
internal sealed record ListMembers(Guid OrganizationId, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<MemberDto>>;

internal sealed class ListMembersValidator : AbstractValidator<ListMembers>
{
    public ListMembersValidator() => this.AddPagingRules(q => q.Page, q => q.PageSize);
}

internal sealed class ListMembersHandler(DbSession db, ActorContext actor) : IRequestHandler<ListMembers, PagedResult<MemberDto>>
{
    public async Task<PagedResult<MemberDto>> Handle(ListMembers request, CancellationToken cancellationToken)
    {
        OrganizationRoles.EnsureVisible(actor.Current, request.OrganizationId);
        var filter = new { request.OrganizationId, Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize };
        var total = await db.ExecuteScalarAsync<long>(CountMembersSql, filter, cancellationToken);
        var items = await db.QueryAsync<MemberDto>(PageMembersSql, filter, cancellationToken);
        return new PagedResult<MemberDto>(items, request.Page, request.PageSize, total);
    }

    internal const string CountMembersSql = "SELECT COUNT(*) FROM network_memberships WHERE organization_id = @OrganizationId";

    internal const string PageMembersSql =
        MemberDto.Select + " WHERE m.organization_id = @OrganizationId ORDER BY u.display_name, m.user_id {{PAGE}}";
}
