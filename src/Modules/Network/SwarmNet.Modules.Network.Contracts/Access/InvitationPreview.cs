using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// What the holder of an invitation link may know before accepting: which organisation, as what, and whether the
/// invited e-mail already has an account (then no name or password is asked). Unknown, used or expired: not found.
/// </summary>
public sealed record PreviewInvitation(string Token) : IQuery<InvitationPreviewDto>;

public sealed record InvitationPreviewDto(string OrganizationName, string Email, string Role, bool AccountExists, DateTimeOffset ExpiresAt);
