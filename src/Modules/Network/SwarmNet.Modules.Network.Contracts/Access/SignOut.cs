using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Ends the actor's server-side session: a copy of its cookie is refused from the next request on (the API's sign-out
/// and the pages' both send it before dropping the cookie). A token has no session to end.
/// </summary>
public sealed record SignOut : ICommand;
