using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.PasswordChange;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Sessions;

namespace SwarmNet.Modules.Network.Access.PasswordReset;

/// <summary>
/// The write half of a reset: uses the token once, sets the hash computed beforehand and ends every session of the
/// account (whoever knew the old password is signed out, as after a password change: docs/adr/0055).
/// </summary>
internal sealed record ApplyPasswordReset(string Token, string PasswordHash) : ICommand;

internal sealed class ApplyPasswordResetHandler(DbSession db, TimeProvider clock) : IRequestHandler<ApplyPasswordReset, Unit>
{
    public async Task<Unit> Handle(ApplyPasswordReset request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var userId = SecretTokens.LooksLike(request.Token, SecretTokens.PasswordResetPrefix)
            ? await db.QuerySingleOrDefaultAsync<Guid?>(SelectValidSql, new { Hash = SecretTokens.Hash(request.Token), Now = now }, cancellationToken)
            : null;
        // The guard on used_at makes a second, concurrent use of the same link fail.
        if (userId is null || await db.ExecuteAsync(MarkUsedSql, new { Hash = SecretTokens.Hash(request.Token), Now = now }, cancellationToken) == 0)
            throw new NotFoundException(Text.T("Lien de réinitialisation inconnu, expiré ou déjà utilisé.", "Reset link unknown, expired or already used."));
        await db.ExecuteAsync(ReplacePasswordHandler.UpdateHashSql, new { Id = userId, Hash = request.PasswordHash }, cancellationToken);
        await db.ExecuteAsync(EndSessions.EndAllOfUserSql, new { UserId = userId, KeepId = (Guid?)null, Now = now }, cancellationToken);
        return Unit.Value;
    }

    internal const string SelectValidSql =
        "SELECT user_id FROM network_password_resets WHERE token_hash = @Hash AND used_at IS NULL AND expires_at > @Now";

    internal const string MarkUsedSql = "UPDATE network_password_resets SET used_at = @Now WHERE token_hash = @Hash AND used_at IS NULL";
}
