using System.Diagnostics;
using System.Net.Http.Json;

namespace SwarmNet.Benchmarks.Contention;

/// <summary>HTTP clients of the host that speak for a client address (127.0.0.1 is the host's trusted proxy).</summary>
internal sealed class Clients(Uri host) : IDisposable
{
    public const string Password = "un mot de passe de mesure";

    // One connection pool for every simulated client: 128 flooders need 128 connections at once.
    private readonly SocketsHttpHandler _shared = new() { MaxConnectionsPerServer = 1024, UseCookies = false };

    /// <summary>A client without cookies (the flood); null address: the loopback address itself.</summary>
    public HttpClient Anonymous(string? address) => Configure(new HttpClient(_shared, disposeHandler: false), address);

    /// <summary>A client that keeps its cookie, signed in as that user.</summary>
    public async Task<HttpClient> SignedInAsync(string email, string address)
    {
        var client = Configure(new HttpClient(new SocketsHttpHandler { UseCookies = true }), address);
        var answer = await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password = Password });
        answer.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Sends and times one request; a request that gets no answer counts as status 0.</summary>
    public static async Task TimeAsync(Latencies into, Func<Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        int status;
        try
        {
            using var response = await send();
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0;
        }
        catch (TaskCanceledException)
        {
            status = 0;
        }
        into.Add(watch.Elapsed, status);
    }

    private HttpClient Configure(HttpClient client, string? address)
    {
        client.BaseAddress = host;
        client.Timeout = TimeSpan.FromSeconds(60);
        if (address is not null)
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    public void Dispose() => _shared.Dispose();
}
