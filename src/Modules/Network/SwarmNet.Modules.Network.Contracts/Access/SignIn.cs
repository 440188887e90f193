using System.Net;
using MediatR;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Checks an e-mail and password and opens a server-side session, whose id the cookie carries
/// (<see cref="AccessClaims.Principal"/>). Not a command: the password is verified before any write lock and only a
/// success writes (docs/adr/0053). <paramref name="Client"/> is the caller's address as the host sees it (after a
/// trusted proxy): failures slow that address down for that account, with growing delays (docs/adr/0054).
/// </summary>
public sealed record SignIn(string Email, string Password, IPAddress? Client = null) : IRequest<SignInOutcome>;

/// <summary>A success has a user and a session; <see cref="RetryAfter"/> above zero says the attempt was throttled, unchecked.</summary>
public sealed record SignInOutcome(Guid? UserId, string? DisplayName, Guid? SessionId = null, TimeSpan RetryAfter = default)
{
    public static readonly SignInOutcome Failed = new(null, null);

    public static SignInOutcome Throttled(TimeSpan retryAfter) => new(null, null, null, retryAfter);

    /// <summary>One answer for every failure (unknown e-mail, wrong password, disabled): it must not tell which.</summary>
    public static string FailureMessage => Text.T("E-mail ou mot de passe incorrect. Après plusieurs échecs, chaque nouvel essai attend un peu plus.",
        "Wrong e-mail or password. After several failures, each new attempt waits a little longer.");

    public static string ThrottledMessage(TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return Text.T($"Trop de tentatives : réessayez dans {seconds} s.", $"Too many attempts: try again in {seconds} s.");
    }
}
