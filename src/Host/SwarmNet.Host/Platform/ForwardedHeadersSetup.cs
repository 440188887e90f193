using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.HttpOverrides;

namespace SwarmNet.Host.Platform;

/// <summary>
/// Behind a reverse proxy, the client's address and scheme come from X-Forwarded-For/-Proto, but only when the request
/// comes from a proxy listed in <c>Http:TrustedProxies</c> (addresses or CIDR networks, comma-separated): anyone else
/// could claim any address and dodge the per-address sign-in limit. Nothing listed: the headers are ignored.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Setting = "Http:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var entry in Entries(configuration))
                o.KnownIPNetworks.Add(Network(entry));
        });

    // A single address is a network of one (/32 or /128).
    private static IPNetwork Network(string entry)
    {
        if (entry.Contains('/', StringComparison.Ordinal))
            return IPNetwork.Parse(entry);
        var address = IPAddress.Parse(entry);
        return new IPNetwork(address, address.GetAddressBytes().Length * 8);
    }

    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (Entries(app.Configuration).Count > 0)
            app.UseForwardedHeaders();
        return app;
    }

    private static List<string> Entries(IConfiguration configuration) =>
        (configuration[Setting] ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
