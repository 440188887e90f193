using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Creates a user directly, without an invitation: for platform admins and the platform itself (CLI, tests).
/// Everyone else joins an organisation by accepting an invitation. Not a command itself: the password is hashed before
/// the short transaction that writes the user.
/// </summary>
public sealed record ProvisionUser(
    string Email,
    string DisplayName,
    string Password,
    bool IsPlatformAdmin = false,
    IReadOnlyList<ActorMembership>? Memberships = null) : IRequest<Guid>;
