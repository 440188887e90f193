using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace SwarmNet.Modules.Network.Access.Rules;

/// <summary>
/// The client as sign-in limits count it: its IPv4 address, or its IPv6 /64 network (one subscriber gets a whole /64,
/// so single IPv6 addresses cost an attacker nothing). Behind a trusted proxy the host has already put the real
/// client in <c>Connection.RemoteIpAddress</c>.
/// </summary>
internal static class ClientAddress
{
    public static string Of(HttpContext http) => Of(http.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
            return "unknown";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
