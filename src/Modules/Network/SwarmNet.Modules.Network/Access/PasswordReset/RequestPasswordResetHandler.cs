using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.PasswordReset;

internal sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordReset>
{
    public RequestPasswordResetValidator() => RuleFor(c => c.Email).ValidEmail();
}

internal sealed class RequestPasswordResetHandler(DbSession db, TimeProvider clock, AccessOptions options, MailQueue mail)
    : IRequestHandler<RequestPasswordReset, Unit>
{
    public async Task<Unit> Handle(RequestPasswordReset request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        var userId = await db.QuerySingleOrDefaultAsync<Guid?>(Users.UserSql.SelectUserIdByEmailSql, new { Email = email }, cancellationToken);
        if (userId is null)
            return Unit.Value;

        var now = clock.GetUtcNow();
        // A new request replaces the earlier link: only the latest e-mail works.
        await db.ExecuteAsync(SupersedeSql, new { UserId = userId, Now = now }, cancellationToken);
        var token = SecretTokens.New(SecretTokens.PasswordResetPrefix);
        var expiresAt = now + options.PasswordResetLifetime;
        await db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), UserId = userId, TokenHash = SecretTokens.Hash(token), CreatedAt = now, ExpiresAt = expiresAt,
        }, cancellationToken);
        await mail.EnqueueAsync(PasswordResetEmail.Compose(email, $"{options.PublicUrl}/password/reset?token={token}", expiresAt), cancellationToken);
        return Unit.Value;
    }

    internal const string SupersedeSql = "UPDATE network_password_resets SET used_at = @Now WHERE user_id = @UserId AND used_at IS NULL";

    internal const string InsertSql = """
        INSERT INTO network_password_resets (id, user_id, token_hash, created_at, expires_at)
        VALUES (@Id, @UserId, @TokenHash, @CreatedAt, @ExpiresAt)
        """;
}
