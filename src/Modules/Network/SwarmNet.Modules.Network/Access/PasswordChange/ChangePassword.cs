using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Sessions;

namespace SwarmNet.Modules.Network.Access.PasswordChange;

/// <summary>
/// The signed-in user changes their password: every other session ends at once (a stolen cookie dies with the old
/// password), this one stays. Not a command: both hashes are computed before the short <see cref="ReplacePassword"/>.
/// </summary>
internal sealed record ChangePassword(string CurrentPassword, string NewPassword) : IRequest<Unit>;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(Passwords.MaxLength);
        RuleFor(c => c.NewPassword).StrongPassword();
    }
}

internal sealed class ChangePasswordHandler(DbSession db, ActorContext actor, PasswordWork passwords, IMediator mediator) : IRequestHandler<ChangePassword, Unit>
{
    public async Task<Unit> Handle(ChangePassword request, CancellationToken cancellationToken)
    {
        if (actor.Current is not { UserId: { } userId, SessionId: { } sessionId })
            throw new ForbiddenException(Text.T("Connectez-vous avec votre mot de passe pour le changer.", "Sign in with your password to change it."));
        var hash = await db.QuerySingleOrDefaultAsync<string>(SelectHashSql, new { Id = userId }, cancellationToken);
        var newHash = await passwords.RunAsync(() =>
            Passwords.Verify(hash, request.CurrentPassword) == PasswordVerificationResult.Failed ? null : Passwords.Hash(request.NewPassword), cancellationToken);
        if (newHash is null)
            throw new InputValidationException("/currentPassword", Text.T("Mot de passe actuel incorrect.", "Wrong current password."));
        await mediator.Send(new ReplacePassword(userId, newHash, sessionId), cancellationToken);
        return Unit.Value;
    }

    internal const string SelectHashSql = "SELECT password_hash FROM network_users WHERE id = @Id";
}

/// <summary>The writes of a password change: the new hash, and the end of every session but <see cref="KeepSessionId"/>.</summary>
internal sealed record ReplacePassword(Guid UserId, string PasswordHash, Guid? KeepSessionId) : ICommand;

internal sealed class ReplacePasswordHandler(DbSession db, TimeProvider clock) : IRequestHandler<ReplacePassword, Unit>
{
    public async Task<Unit> Handle(ReplacePassword request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(UpdateHashSql, new { Id = request.UserId, Hash = request.PasswordHash }, cancellationToken);
        await db.ExecuteAsync(EndSessions.EndAllOfUserSql, new { request.UserId, KeepId = request.KeepSessionId, Now = now }, cancellationToken);
        return Unit.Value;
    }

    internal const string UpdateHashSql = "UPDATE network_users SET password_hash = @Hash WHERE id = @Id";
}
