using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Network.Contracts.Members;

/// <summary>
/// The members of an organisation, one page of them by name (page from 1, at most 100 a page, with the total), with the
/// roles its kind gives, for any of its members. Page requests over the module's own (docs/adr/0118): same rules, same
/// refusals (the paging bounds included) as the API.
/// </summary>
public sealed record GetOrganizationMembers(Guid OrganizationId, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize) : IQuery<OrganizationMembers>;

/// <summary><see cref="Roles"/>: the role codes the organisation's kind allows, for invitations and role changes.</summary>
public sealed record OrganizationMembers(Guid OrganizationId, string OrganizationName, IReadOnlyList<string> Roles, IReadOnlyList<MemberLine> Members, long Total);

public sealed record MemberLine(Guid UserId, string Email, string DisplayName, string Role, DateTimeOffset MemberSince);

/// <summary>An organisation's invitations, newest first, one page of them with the total, for those who may invite into it.</summary>
public sealed record ListOrganizationInvitations(Guid OrganizationId, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize) : IQuery<PagedResult<InvitationLine>>;

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
