using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Creates a user directly, without an invitation: for platform admins and the platform itself (CLI, tests).
/// Everyone else joins an organisation by accepting an invitation.
/// </summary>
public sealed record ProvisionUser(
    string Email,
    string DisplayName,
    string Password,
    bool IsPlatformAdmin = false,
    IReadOnlyList<ActorMembership>? Memberships = null) : ICommand<Guid>;
