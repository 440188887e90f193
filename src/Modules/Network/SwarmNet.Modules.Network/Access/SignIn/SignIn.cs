using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Sessions;

namespace SwarmNet.Modules.Network.Access.SignIn;

/// <summary>
/// Checks an e-mail and password and opens a session. Not a command: the password is verified (about 50 ms of hashing,
/// in one of <see cref="PasswordWork"/>'s few slots) before any write lock, and only a success writes, in the short
/// <see cref="StartSession"/> command. Failures write nothing; they slow down further attempts of that account from
/// that address (<see cref="SignInThrottle"/>).
/// </summary>
internal sealed record SignIn(string Email, string Password, string ClientAddress = "unknown") : IRequest<SignInOutcome>;

internal sealed record SignInOutcome(Guid? UserId, string? DisplayName, Guid? SessionId, TimeSpan RetryAfter)
{
    public static readonly SignInOutcome Failed = new(null, null, null, TimeSpan.Zero);

    public static SignInOutcome Throttled(TimeSpan retryAfter) => new(null, null, null, retryAfter);
}

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(EmailAddress.MaxLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(Passwords.MaxLength);
    }
}

internal sealed class SignInHandler(DbSession db, SignInThrottle throttle, PasswordWork passwords, IMediator mediator) : IRequestHandler<SignIn, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignIn request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        if (throttle.RetryAfter(email, request.ClientAddress) is { Ticks: > 0 } wait)
            return SignInOutcome.Throttled(wait);

        var user = await db.QuerySingleOrDefaultAsync<UserRow>(SelectUserSql, new { Email = email }, cancellationToken);
        // Unknown and disabled accounts still pay for a hash check: the answer and its timing say nothing.
        var (verified, rehashed) = await passwords.RunAsync(() =>
        {
            var result = user is { DisabledAt: null } ? Passwords.Verify(user.PasswordHash, request.Password) : Passwords.VerifyDecoy(request.Password);
            return (result, result == PasswordVerificationResult.SuccessRehashNeeded ? Passwords.Hash(request.Password) : null);
        }, cancellationToken);
        if (verified == PasswordVerificationResult.Failed)
        {
            throttle.Failed(email, request.ClientAddress);
            return SignInOutcome.Failed;
        }

        var sessionId = await mediator.Send(new StartSession(user!.Id, rehashed), cancellationToken);
        throttle.Succeeded(email, request.ClientAddress);
        return new SignInOutcome(user.Id, user.DisplayName, sessionId, TimeSpan.Zero);
    }

    internal const string SelectUserSql = "SELECT id, display_name, password_hash, disabled_at FROM network_users WHERE email = @Email";

    private sealed class UserRow
    {
        public Guid Id { get; init; }
        public string DisplayName { get; init; } = "";
        public string? PasswordHash { get; init; }
        public DateTimeOffset? DisabledAt { get; init; }
    }
}
