using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Access;

/// <summary>Who the signed-in user is and where they belong, for the web app's header and menus.</summary>
public sealed record GetMe : IQuery<MeDto>;

public sealed record MeDto(Guid UserId, string Email, string DisplayName, bool IsPlatformAdmin, IReadOnlyList<MeMembershipDto> Memberships);

public sealed record MeMembershipDto(Guid OrganizationId, string OrganizationName, string Role);
