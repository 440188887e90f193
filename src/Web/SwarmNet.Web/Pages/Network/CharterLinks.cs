namespace SwarmNet.Web.Pages.Network;

/// <summary>Where a charter version's document downloads: the API's route (the sign-in cookie opens it; the module checks who sees the network).</summary>
public static class CharterLinks
{
    public static string Document(Guid networkId, int number) => $"/api/affiliations/networks/{networkId}/charter/versions/{number}/document";
}
