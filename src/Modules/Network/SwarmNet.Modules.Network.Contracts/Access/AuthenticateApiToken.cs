using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// The user a personal API token belongs to, or null when it is unknown, revoked or expired. A command because it
/// records the token's last use.
/// </summary>
public sealed record AuthenticateApiToken(string Token) : ICommand<Guid?>;
