using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Network.Contracts.Notifications;

/// <summary>The signed-in person's notifications, newest first, with how many are unread.</summary>
public sealed record ListNotifications(bool UnreadOnly = false, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<NotificationPage>;

/// <summary>A notification as it was written, in its reader's language; <see cref="Link"/> is a path of the web application.</summary>
public sealed record NotificationDto(Guid Id, Guid OrganizationId, string Key, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationPage(IReadOnlyList<NotificationDto> Items, int Page, int PageSize, long Total, long UnreadCount);

/// <summary>Marks one of the signed-in person's notifications read (null: all of them); someone else's is not found.</summary>
public sealed record MarkNotificationsRead(Guid? NotificationId) : ICommand;
