using Microsoft.Extensions.Configuration;

namespace SwarmNet.Modules.Network.Access;

/// <summary>Settings under <c>Access:</c>: where links point and how long an invitation and a reset link live (mail: <c>Mail:</c>, BuildingBlocks).</summary>
internal sealed class AccessOptions
{
    public string PublicUrl { get; init; } = "http://localhost:5080";

    public TimeSpan InvitationLifetime { get; init; } = TimeSpan.FromDays(7);

    public TimeSpan PasswordResetLifetime { get; init; } = TimeSpan.FromHours(1);

    public static AccessOptions From(IConfiguration configuration) => new()
    {
        PublicUrl = (configuration["Access:PublicUrl"] ?? "http://localhost:5080").TrimEnd('/'),
        InvitationLifetime = TimeSpan.FromDays(configuration.GetValue("Access:InvitationDays", 7)),
        PasswordResetLifetime = TimeSpan.FromMinutes(configuration.GetValue("Access:PasswordResetMinutes", 60)),
    };
}
