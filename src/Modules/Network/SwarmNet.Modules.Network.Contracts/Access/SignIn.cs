using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>Checks an e-mail and password. A failure is a result, not an exception, so that the failure count commits.</summary>
public sealed record SignIn(string Email, string Password) : ICommand<SignInOutcome>;

public sealed record SignInOutcome(Guid? UserId, string? DisplayName)
{
    public static readonly SignInOutcome Failed = new(null, null);

    /// <summary>One answer for every failure (unknown e-mail, wrong password, locked): it must not tell which.</summary>
    public static string FailureMessage => Text.T("E-mail ou mot de passe incorrect, ou compte bloqué 15 minutes après 5 échecs.",
        "Wrong e-mail or password, or account locked for 15 minutes after 5 failures.");
}
