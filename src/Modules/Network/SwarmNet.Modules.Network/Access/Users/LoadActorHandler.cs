using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Users;

/// <summary>
/// One indexed query per request: the user, all their memberships (a left join, so no membership is fine) and, for a
/// cookie, whether its session is still open — so sign-out and disabling count from the next request, at no extra
/// round trip.
/// </summary>
internal sealed class LoadActorHandler(DbSession db, TimeProvider clock) : IRequestHandler<LoadActor, Actor?>
{
    public async Task<Actor?> Handle(LoadActor request, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<ActorRow>(SelectActorSql, new { request.UserId, request.SessionId, Now = clock.GetUtcNow() }, cancellationToken);
        if (rows.Count == 0)
            return null;
        var memberships = rows.Where(r => r.OrganizationId is not null)
            .Select(r => new ActorMembership(r.OrganizationId!.Value, r.Role!)).ToList();
        return new Actor(request.UserId, rows[0].DisplayName, true, rows[0].IsPlatformAdmin, memberships) { SessionId = request.SessionId };
    }

    internal const string SelectActorSql = """
        SELECT u.display_name, u.is_platform_admin, m.organization_id, m.role
        FROM network_users u LEFT JOIN network_memberships m ON m.user_id = u.id
        WHERE u.id = @UserId AND u.disabled_at IS NULL
          AND (@SessionId IS NULL OR EXISTS (SELECT 1 FROM network_sessions s
               WHERE s.id = @SessionId AND s.user_id = u.id AND s.ended_at IS NULL AND s.expires_at > @Now))
        """;

    private sealed class ActorRow
    {
        public string DisplayName { get; init; } = "";
        public bool IsPlatformAdmin { get; init; }
        public Guid? OrganizationId { get; init; }
        public string? Role { get; init; }
    }
}
