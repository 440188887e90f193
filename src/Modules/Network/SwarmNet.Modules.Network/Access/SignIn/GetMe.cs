using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.SignIn;

internal sealed class GetMeHandler(DbSession db, ActorContext actor) : IRequestHandler<GetMe, MeDto>
{
    public async Task<MeDto> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var userId = actor.Current.UserId ?? throw new NotFoundException(Text.T("Utilisateur introuvable.", "User not found."));
        var email = await db.QuerySingleOrDefaultAsync<string>(SelectEmailSql, new { UserId = userId }, cancellationToken)
            ?? throw new NotFoundException(Text.T("Utilisateur introuvable.", "User not found."));
        var rows = await db.QueryAsync<MembershipRow>(SelectMembershipsSql, new { UserId = userId }, cancellationToken);
        return new MeDto(userId, email, actor.Current.DisplayName, actor.Current.IsPlatformAdmin,
            rows.Select(r => new MeMembershipDto(r.OrganizationId, r.OrganizationName, r.Role)).ToList());
    }

    internal const string SelectEmailSql = "SELECT email FROM network_users WHERE id = @UserId";

    internal const string SelectMembershipsSql = """
        SELECT m.organization_id, o.name AS organization_name, m.role
        FROM network_memberships m JOIN network_organizations o ON o.id = m.organization_id
        WHERE m.user_id = @UserId
        ORDER BY o.name
        """;

    private sealed class MembershipRow
    {
        public Guid OrganizationId { get; init; }
        public string OrganizationName { get; init; } = "";
        public string Role { get; init; } = "";
    }
}
