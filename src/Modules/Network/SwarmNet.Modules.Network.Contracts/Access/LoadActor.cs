using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// The signed-in user's identity and memberships, read fresh on every request so that a removed membership or
/// role change takes effect at once. Null when the user no longer exists.
/// </summary>
public sealed record LoadActor(Guid UserId) : IQuery<Actor?>;
