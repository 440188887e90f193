using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Web.Sending;

namespace SwarmNet.Web.Pages.Network;

/// <summary>The networks the current organisation runs (a network head has one or a few: the first page holds them).</summary>
internal static class OwnedNetworks
{
    public static async Task<IReadOnlyList<NetworkSummaryDto>> ListAsync(PageSender sender, Guid? organizationId)
    {
        var sent = await sender.SendAsync(new ListNetworks(PageSize: 100));
        return sent.Value?.Items.Where(n => n.OwnerOrganizationId == organizationId).ToList() ?? [];
    }
}
