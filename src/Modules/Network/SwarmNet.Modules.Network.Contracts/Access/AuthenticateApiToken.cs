using MediatR;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// The user a personal API token belongs to, or null when it is unknown, revoked, expired or its user disabled. Read
/// without a transaction; its last use is recorded at most once a minute, in a short command of its own.
/// </summary>
public sealed record AuthenticateApiToken(string Token) : IRequest<Guid?>;
