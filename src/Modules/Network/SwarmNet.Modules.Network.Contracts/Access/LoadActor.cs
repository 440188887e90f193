using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// The signed-in user's identity and memberships, read fresh on every request so that a removed membership or
/// role change takes effect at once. Null when the user no longer exists or is disabled, or — when
/// <see cref="SessionId"/> is given (a cookie) — when that session has ended or expired. Without a session id the
/// credential was checked elsewhere (an API token, a calendar feed's secret).
/// </summary>
public sealed record LoadActor(Guid UserId, Guid? SessionId = null) : IQuery<Actor?>;
