using MediatR;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// "I forgot my password": when an account has that e-mail, a single-use link that expires is e-mailed to it. The
/// answer is the same whether the account exists or not, so that nobody learns who has an account.
/// </summary>
public sealed record RequestPasswordReset(string Email) : ICommand;

/// <summary>
/// Sets a new password with the e-mailed token. The token works once and expires; every session of the account ends. Not a command
/// itself: it hashes the password first, outside any transaction, then sends the short write that uses the token.
/// </summary>
public sealed record ResetPassword(string Token, string NewPassword) : IRequest<Unit>;
