using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Access.Sessions;

/// <summary>
/// The writes of a successful sign-in, in one short transaction: the session row, the time of the sign-in and, when
/// the hasher asked for it, the password's new hash (computed before, outside the transaction).
/// </summary>
internal sealed record StartSession(Guid UserId, string? RehashedPassword) : ICommand<Guid>;

internal sealed class StartSessionHandler(DbSession db, TimeProvider clock, AccessOptions options) : IRequestHandler<StartSession, Guid>
{
    public async Task<Guid> Handle(StartSession request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(InsertSessionSql, new { Id = id, request.UserId, Now = now, ExpiresAt = now + options.SessionLifetime }, cancellationToken);
        await db.ExecuteAsync(RecordSignInSql, new { Id = request.UserId, Now = now, Rehashed = request.RehashedPassword }, cancellationToken);
        return id;
    }

    internal const string InsertSessionSql =
        "INSERT INTO network_sessions (id, user_id, created_at, expires_at) VALUES (@Id, @UserId, @Now, @ExpiresAt)";

    internal const string RecordSignInSql =
        "UPDATE network_users SET last_sign_in_at = @Now, password_hash = COALESCE(@Rehashed, password_hash) WHERE id = @Id";
}
