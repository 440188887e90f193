using FluentValidation;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>E-mails are compared trimmed and lower-cased: one account per address whatever the case typed.</summary>
internal static class EmailAddress
{
    public const int MaxLength = 254;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MaximumLength(MaxLength)
            .EmailAddress().WithMessage(_ => Text.T("Adresse e-mail invalide.", "Invalid e-mail address."));
}
