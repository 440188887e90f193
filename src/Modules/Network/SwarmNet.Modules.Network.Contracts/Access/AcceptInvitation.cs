using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// Whoever holds the e-mailed link joins the organisation: the account of that e-mail if it exists, otherwise a new one
/// with the name and password given. The link works once.
/// </summary>
public sealed record AcceptInvitation(string Token, string? DisplayName, string? Password) : ICommand<AcceptedInvitationDto>;

public sealed record AcceptedInvitationDto(Guid UserId, Guid OrganizationId, string Role, bool AccountCreated);
