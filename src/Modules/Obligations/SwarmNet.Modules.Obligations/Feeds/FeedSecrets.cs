using System.Security.Cryptography;
using System.Text;

namespace SwarmNet.Modules.Obligations.Feeds;

/// <summary>
/// A feed address carries 256 random bits; a fast hash is enough to store such a secret (no dictionary to guess from),
/// and lets a calendar app's frequent polls cost one index seek.
/// </summary>
internal static class FeedSecrets
{
    public const string Prefix = "ics_";

    public static string New() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksValid(string? secret) => secret is { Length: 68 } && secret.StartsWith(Prefix, StringComparison.Ordinal);
}
