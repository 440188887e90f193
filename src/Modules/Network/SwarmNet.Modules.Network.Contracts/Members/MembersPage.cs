using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Members;

/// <summary>
/// The members of an organisation (its first hundred, by name) with the roles its kind gives, for any of its members.
/// Page requests over the module's own (docs/adr/0118): same rules, same refusals as the API.
/// </summary>
public sealed record GetOrganizationMembers(Guid OrganizationId) : IQuery<OrganizationMembers>;

/// <summary><see cref="Roles"/>: the role codes the organisation's kind allows, for invitations and role changes.</summary>
public sealed record OrganizationMembers(Guid OrganizationId, string OrganizationName, IReadOnlyList<string> Roles, IReadOnlyList<MemberLine> Members, long Total);

public sealed record MemberLine(Guid UserId, string Email, string DisplayName, string Role, DateTimeOffset MemberSince);

/// <summary>An organisation's invitations, newest first (its first hundred), for those who may invite into it.</summary>
public sealed record ListOrganizationInvitations(Guid OrganizationId) : IQuery<IReadOnlyList<InvitationLine>>;

/// <summary><see cref="Status"/>: pending, accepted, revoked or expired.</summary>
public sealed record InvitationLine(Guid Id, string Email, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, string Status);

/// <summary>Invites an e-mail with a role; the link is e-mailed.</summary>
public sealed record InviteToOrganization(Guid OrganizationId, string Email, string Role) : ICommand;

/// <summary>An admin changes a member's role; the last admin rule may refuse it.</summary>
public sealed record ChangeRoleInOrganization(Guid OrganizationId, Guid UserId, string Role) : ICommand;

/// <summary>An admin removes a member (or a member leaves); the last admin rule may refuse it.</summary>
public sealed record RemoveFromOrganization(Guid OrganizationId, Guid UserId) : ICommand;

/// <summary>An invitation not yet accepted is withdrawn: its link stops working.</summary>
public sealed record WithdrawInvitation(Guid OrganizationId, Guid InvitationId) : ICommand;
