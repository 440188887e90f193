using SwarmNet.Modules.Network.Contracts.Notifications;
using SwarmNet.Web.Sending;

namespace SwarmNet.Web.Layout;

/// <summary>The unread count the app bar shows, shared within one circuit so that reading a notification updates the bell.</summary>
public sealed class UnreadNotifications(PageSender sender)
{
    public long Count { get; private set; }

    public event Action? Changed;

    public async Task RefreshAsync()
    {
        Count = (await sender.SendAsync(new ListNotifications(UnreadOnly: true, PageSize: 1))).Value?.UnreadCount ?? 0;
        Changed?.Invoke();
    }
}
