using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>An organisation's invitations, newest first, for its admins (and the network head onboarding it).</summary>
internal sealed record ListInvitations(Guid OrganizationId, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<InvitationDto>>;

internal sealed class ListInvitationsValidator : AbstractValidator<ListInvitations>
{
    public ListInvitationsValidator() => this.AddPagingRules(q => q.Page, q => q.PageSize);
}

internal sealed class ListInvitationsHandler(DbSession db, ActorContext actor, TimeProvider clock)
    : IRequestHandler<ListInvitations, PagedResult<InvitationDto>>
{
    public async Task<PagedResult<InvitationDto>> Handle(ListInvitations request, CancellationToken cancellationToken)
    {
        await InvitationRights.EnsureAsync(db, actor.Current, request.OrganizationId, cancellationToken);
        var filter = new { request.OrganizationId, Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize };
        var total = await db.ExecuteScalarAsync<long>(CountInvitationsSql, filter, cancellationToken);
        var rows = await db.QueryAsync<InvitationDto>(PageInvitationsSql, filter, cancellationToken);
        var now = clock.GetUtcNow();
        return new PagedResult<InvitationDto>(rows.Select(r => r.WithStatus(now)).ToList(), request.Page, request.PageSize, total);
    }

    internal const string CountInvitationsSql = "SELECT COUNT(*) FROM network_invitations WHERE organization_id = @OrganizationId";

    internal const string PageInvitationsSql = "SELECT " + InvitationDto.Columns
        + " FROM network_invitations WHERE organization_id = @OrganizationId ORDER BY created_at DESC, id DESC {{PAGE}}";
}
