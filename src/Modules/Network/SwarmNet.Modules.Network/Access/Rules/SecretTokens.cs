using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>
/// API, invitation and password reset tokens: 256 random bits, shown once, stored only as a SHA-256 hash (a fast hash is enough
/// for a random secret: there is nothing to guess). The prefix tells a leaked token's kind at a glance.
/// </summary>
internal static class SecretTokens
{
    public const string ApiTokenPrefix = "swn_";
    public const string InvitationPrefix = "inv_";
    public const string PasswordResetPrefix = "pwr_";

    public static string New(string prefix) => prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static bool LooksLike(string? token, string prefix) =>
        token is { Length: > 40 and < 100 } && token.StartsWith(prefix, StringComparison.Ordinal);
}
