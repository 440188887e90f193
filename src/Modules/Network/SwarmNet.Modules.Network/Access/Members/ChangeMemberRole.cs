using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Access.Members;

/// <summary>An admin changes a member's role; demoting the last admin is refused.</summary>
internal sealed record ChangeMemberRole(Guid OrganizationId, Guid UserId, string Role) : ICommand<MemberDto>;

internal sealed class ChangeMemberRoleValidator : AbstractValidator<ChangeMemberRole>
{
    public ChangeMemberRoleValidator() => RuleFor(c => c.Role).KnownRole();
}

internal sealed class ChangeMemberRoleHandler(DbSession db, ActorContext actor) : IRequestHandler<ChangeMemberRole, MemberDto>
{
    public async Task<MemberDto> Handle(ChangeMemberRole request, CancellationToken cancellationToken)
    {
        OrganizationRoles.EnsureAdmin(actor.Current, request.OrganizationId);
        var member = await db.QuerySingleOrDefaultAsync<MemberDto>(SelectMemberSql, request, cancellationToken)
            ?? throw new NotFoundException(Text.T("Membre introuvable.", "Member not found."));
        RolesByKind.Ensure(Enum.Parse<OrganizationKind>(await db.ExecuteScalarAsync<string>(SelectKindSql, request, cancellationToken)), request.Role);
        if (OrganizationRoles.IsAdmin(member.Role) && !OrganizationRoles.IsAdmin(request.Role))
            await LastAdminRule.EnsureAnotherAdminRemainsAsync(db, request.OrganizationId, request.UserId, cancellationToken);
        await db.ExecuteAsync(UpdateRoleSql, request, cancellationToken);
        return await db.QuerySingleOrDefaultAsync<MemberDto>(SelectMemberSql, request, cancellationToken) ?? member;
    }

    internal const string SelectMemberSql = MemberDto.Select + " WHERE m.organization_id = @OrganizationId AND m.user_id = @UserId";

    internal const string SelectKindSql = "SELECT kind FROM network_organizations WHERE id = @OrganizationId";

    internal const string UpdateRoleSql =
        "UPDATE network_memberships SET role = @Role WHERE organization_id = @OrganizationId AND user_id = @UserId";
}
