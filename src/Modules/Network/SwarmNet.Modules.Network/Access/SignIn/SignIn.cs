using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Sessions;
using SwarmNet.Modules.Network.Contracts.Access;
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

/// <summary>
/// The password is verified (about 50 ms of hashing, in one of <see cref="PasswordWork"/>'s few slots) before any
/// write lock, and only a success writes, in the short <see cref="StartSession"/> command. Failures write nothing; they
/// slow down further attempts of that account from that address (<see cref="SignInThrottle"/>).
/// </summary>
internal sealed class SignInHandler(DbSession db, SignInThrottle throttle, PasswordWork passwords, IMediator mediator)
    : IRequestHandler<SignInRequest, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInRequest request, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email);
        var address = ClientAddress.Of(request.Client);
        var wait = throttle.RetryAfter(email, address);
        if (wait == TimeSpan.Zero)
            wait = throttle.SpendAttempt(address);
        if (wait > TimeSpan.Zero)
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
            throttle.Failed(email, address);
            return SignInOutcome.Failed;
        }

        var sessionId = await mediator.Send(new StartSession(user!.Id, rehashed), cancellationToken);
        throttle.Succeeded(email, address);
        return new SignInOutcome(user.Id, user.DisplayName, sessionId);
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
