using MediatR;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Whoever holds the e-mailed link joins the organisation (the link works once). Signed in, it joins the account of
/// the invited address — only that one. Not signed in, it creates the account with the name and password given;
/// when the address already has an account nothing happens, and the answer is the same either way (sign in next),
/// so the link never tells whether an account exists (docs/adr/0056). Not a command: the password is hashed first.
/// </summary>
public sealed record AcceptInvitation(string Token, string? DisplayName, string? Password) : IRequest<AcceptedInvitationDto>;

/// <summary><see cref="SignInRequired"/>: the caller was not signed in; they sign in next (with the new or their existing account).</summary>
public sealed record AcceptedInvitationDto(Guid OrganizationId, string Role, bool SignInRequired);
