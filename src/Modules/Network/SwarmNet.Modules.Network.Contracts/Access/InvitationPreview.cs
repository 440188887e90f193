using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>
/// What the holder of an invitation link may know before accepting: which organisation, as what, for which e-mail —
/// not whether that e-mail has an account (docs/adr/0056). Unknown, used or expired: not found.
/// </summary>
public sealed record PreviewInvitation(string Token) : IQuery<InvitationPreviewDto>;

public sealed record InvitationPreviewDto(string OrganizationName, string Email, string Role, DateTimeOffset ExpiresAt);
