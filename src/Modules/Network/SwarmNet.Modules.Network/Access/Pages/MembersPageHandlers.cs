using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Access.Members;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Members;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Access.Pages;

/// <summary>The members page's requests, answered by the module's own member and invitation requests (same rules, same refusals).</summary>
internal sealed class MembersPageHandlers(IMediator mediator, DbSession db) :
    IRequestHandler<GetOrganizationMembers, OrganizationMembers>, IRequestHandler<ListOrganizationInvitations, PagedResult<InvitationLine>>,
    IRequestHandler<InviteToOrganization, Unit>, IRequestHandler<ChangeRoleInOrganization, Unit>,
    IRequestHandler<RemoveFromOrganization, Unit>, IRequestHandler<WithdrawInvitation, Unit>
{
    public async Task<OrganizationMembers> Handle(GetOrganizationMembers request, CancellationToken cancellationToken)
    {
        // The module's query checks that the reader belongs to the organisation before anything else is read.
        var members = await mediator.Send(new ListMembers(request.OrganizationId, request.Page, request.PageSize), cancellationToken);
        var organization = await db.QuerySingleOrDefaultAsync<OrganizationRow>(InviteMemberHandler.SelectOrganizationSql, request, cancellationToken)
            ?? throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        return new OrganizationMembers(request.OrganizationId, organization.Name, RolesByKind.For(organization.Kind),
            [.. members.Items.Select(m => new MemberLine(m.UserId, m.Email, m.DisplayName, m.Role, m.MemberSince))], members.Total);
    }

    public async Task<PagedResult<InvitationLine>> Handle(ListOrganizationInvitations request, CancellationToken cancellationToken)
    {
        var page = await mediator.Send(new ListInvitations(request.OrganizationId, request.Page, request.PageSize), cancellationToken);
        return new PagedResult<InvitationLine>([.. page.Items.Select(i => new InvitationLine(i.Id, i.Email, i.Role, i.CreatedAt, i.ExpiresAt, i.Status))],
            page.Page, page.PageSize, page.Total);
    }

    public async Task<Unit> Handle(InviteToOrganization request, CancellationToken cancellationToken)
    {
        await mediator.Send(new InviteMember(request.OrganizationId, request.Email, request.Role), cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(ChangeRoleInOrganization request, CancellationToken cancellationToken)
    {
        await mediator.Send(new ChangeMemberRole(request.OrganizationId, request.UserId, request.Role), cancellationToken);
        return Unit.Value;
    }

    public Task<Unit> Handle(RemoveFromOrganization request, CancellationToken cancellationToken) =>
        mediator.Send(new RemoveMember(request.OrganizationId, request.UserId), cancellationToken);

    public Task<Unit> Handle(WithdrawInvitation request, CancellationToken cancellationToken) =>
        mediator.Send(new RevokeInvitation(request.OrganizationId, request.InvitationId), cancellationToken);

    private sealed class OrganizationRow
    {
        public string Name { get; init; } = "";
        public OrganizationKind Kind { get; init; }
    }
}
