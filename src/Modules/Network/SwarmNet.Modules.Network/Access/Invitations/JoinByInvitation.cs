using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Users;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>A new account's name and password hash (hashed before the transaction).</summary>
internal sealed record NewAccount(string DisplayName, string PasswordHash);

/// <summary>
/// The writes of an acceptance, in one short transaction: the signed-in <see cref="UserId"/> joins, or the
/// <see cref="Account"/> is created and joins — unless the address already has an account, which only its owner,
/// signed in, may use (then nothing changes and the invitation stays pending).
/// </summary>
internal sealed record JoinByInvitation(Guid InvitationId, Guid? UserId, NewAccount? Account) : ICommand;

internal sealed class JoinByInvitationHandler(DbSession db, TimeProvider clock) : IRequestHandler<JoinByInvitation, Unit>
{
    public async Task<Unit> Handle(JoinByInvitation request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invitation = await db.QuerySingleOrDefaultAsync<InvitationDto>(SelectPendingSql, new { Id = request.InvitationId, Now = now }, cancellationToken)
            ?? throw AcceptInvitationHandler.NotFound();
        var userId = request.UserId;
        if (userId is null)
        {
            if (await db.QuerySingleOrDefaultAsync<Guid?>(UserSql.SelectUserIdByEmailSql, new { invitation.Email }, cancellationToken) is not null)
                return Unit.Value;
            userId = Guid.CreateVersion7();
            await db.ExecuteAsync(UserSql.InsertUserSql, new
            {
                Id = userId, invitation.Email, request.Account!.DisplayName, request.Account.PasswordHash, IsPlatformAdmin = false, CreatedAt = now,
            }, cancellationToken);
        }
        else if (await db.ExecuteScalarAsync<long>(UserSql.CountMembershipSql, new { invitation.OrganizationId, UserId = userId }, cancellationToken) > 0)
            throw new ConflictException(Text.T("Vous êtes déjà membre de cette organisation.", "You are already a member of this organisation."));

        // The guard on accepted_at makes a second, concurrent acceptance of the same link fail.
        if (await db.ExecuteAsync(MarkAcceptedSql, new { invitation.Id, UserId = userId, Now = now }, cancellationToken) == 0)
            throw new ConflictException(Text.T("Cette invitation vient d'être utilisée.", "This invitation was just used."));
        await db.ExecuteAsync(UserSql.InsertMembershipSql, new { invitation.OrganizationId, UserId = userId, invitation.Role, CreatedAt = now }, cancellationToken);
        return Unit.Value;
    }

    internal const string SelectPendingSql = "SELECT " + InvitationDto.Columns + """
         FROM network_invitations
        WHERE id = @Id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > @Now
        """;

    internal const string MarkAcceptedSql = """
        UPDATE network_invitations SET accepted_at = @Now, accepted_by = @UserId
        WHERE id = @Id AND accepted_at IS NULL AND revoked_at IS NULL
        """;
}
