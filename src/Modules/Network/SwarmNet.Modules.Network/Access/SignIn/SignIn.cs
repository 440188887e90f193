using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Access.Rules;

using SignInRequest = SwarmNet.Modules.Network.Contracts.Access.SignIn;

namespace SwarmNet.Modules.Network.Access.SignIn;

internal sealed class SignInValidator : AbstractValidator<SignInRequest>
{
    public SignInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(EmailAddress.MaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(Passwords.MaxLength);
    }
}

internal sealed class SignInHandler(DbSession db, TimeProvider clock) : IRequestHandler<SignInRequest, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = await db.QuerySingleOrDefaultAsync<UserRow>(SelectUserSql, new { Email = EmailAddress.Normalize(request.Email) }, cancellationToken);
        // Unknown and locked accounts still pay for a hash check: the answer and its timing say nothing.
        if (user is null || SignInLockout.IsLocked(user.LockedUntil, now))
        {
            Passwords.VerifyDecoy(request.Password);
            return SignInOutcome.Failed;
        }

        var verified = Passwords.Verify(user.PasswordHash, request.Password);
        if (verified == PasswordVerificationResult.Failed)
        {
            var (failures, lockedUntil) = SignInLockout.AfterFailure(user.FailedSignIns, now);
            await db.ExecuteAsync(RecordFailureSql, new { user.Id, Failures = failures, LockedUntil = lockedUntil }, cancellationToken);
            return SignInOutcome.Failed;
        }

        var rehashed = verified == PasswordVerificationResult.SuccessRehashNeeded ? Passwords.Hash(request.Password) : user.PasswordHash;
        await db.ExecuteAsync(RecordSuccessSql, new { user.Id, Now = now, PasswordHash = rehashed }, cancellationToken);
        return new SignInOutcome(user.Id, user.DisplayName);
    }

    internal const string SelectUserSql =
        "SELECT id, display_name, password_hash, failed_sign_ins, locked_until FROM network_users WHERE email = @Email";

    internal const string RecordFailureSql =
        "UPDATE network_users SET failed_sign_ins = @Failures, locked_until = @LockedUntil WHERE id = @Id";

    internal const string RecordSuccessSql = """
        UPDATE network_users SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = @Now, password_hash = @PasswordHash
        WHERE id = @Id
        """;

    private sealed class UserRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? PasswordHash { get; init; }
        public int FailedSignIns { get; init; }
        public DateTimeOffset? LockedUntil { get; init; }
    }
}
