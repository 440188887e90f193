using FluentValidation;
using Microsoft.AspNetCore.Identity;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>Passwords are hashed with ASP.NET Core Identity's PasswordHasher (PBKDF2, salted, versioned format).</summary>
internal static class Passwords
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly PasswordHasher<PasswordOwner> Hasher = new();
    private static readonly PasswordOwner Owner = new();

    // Verified when the e-mail is unknown or locked, so that a failure costs the same time either way.
    private static readonly string DecoyHash = Hasher.HashPassword(Owner, "decoy password never used");

    public static string Hash(string password) => Hasher.HashPassword(Owner, password);

    public static PasswordVerificationResult Verify(string? hash, string password) =>
        hash is null ? VerifyDecoy(password) : Hasher.VerifyHashedPassword(Owner, hash, password);

    public static PasswordVerificationResult VerifyDecoy(string password)
    {
        Hasher.VerifyHashedPassword(Owner, DecoyHash, password);
        return PasswordVerificationResult.Failed;
    }

    /// <summary>Length is what makes a password strong; no composition rules (NIST SP 800-63B).</summary>
    public static IRuleBuilderOptions<T, string?> StrongPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty()
            .MinimumLength(MinLength).WithMessage(_ => Text.T($"Le mot de passe doit compter au moins {MinLength} caractères.",
                $"The password must have at least {MinLength} characters."))
            .MaximumLength(MaxLength);

    /// <summary>PasswordHasher is generic over a user type it never reads; this is ours.</summary>
    internal sealed class PasswordOwner;
}
