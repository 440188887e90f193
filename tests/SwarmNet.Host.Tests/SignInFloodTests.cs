using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Issue 9's first observation: a flood of wrong passwords from parallel clients must not stall the platform or
/// answer 5xx. The clients claim addresses through the trusted proxy's X-Forwarded-For.
/// </summary>
public sealed class SignInFloodTests : IAsyncLifetime
{
    private const string Victim = "membre.step@tests.swarmnet.invalid";
    private const int Writers = 4, WritesEach = 15;
    private readonly SwarmNetFactory _factory = new();

    public async Task InitializeAsync()
    {
        await _factory.UserAsync(Victim);
        for (var w = 0; w < Writers; w++)
            await _factory.UserAsync($"ecrit{w}@tests.swarmnet.invalid", platformAdmin: true);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>64 clients over 8 addresses send 1,280 wrong passwords at one account while 4 signed-in admins write.</summary>
    [Fact]
    public async Task A_wrong_password_flood_is_throttled_without_5xx_while_other_users_writes_complete()
    {
        const int flooders = 64, attemptsEach = 20, addresses = 8, perMinute = 20;
        var host = Host(("Access:SignInAttemptsPerMinute", perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The writers sign in first, each from its own address: the flood must not spend their budget.
        var writers = new List<HttpClient>();
        for (var w = 0; w < Writers; w++)
            writers.Add(await SignedInAsync(host, $"ecrit{w}@tests.swarmnet.invalid", $"198.51.100.{w + 1}"));

        var writes = new ConcurrentBag<HttpStatusCode>();
        var writing = writers.Select((client, w) => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
                writes.Add((await client.PostAsJsonAsync("/api/network/organizations",
                    new { name = $"Structure {w}-{i}", kind = "localStructure", legalForm = "other" })).StatusCode);
        }));
        var flood = await FloodAsync(host, flooders, attemptsEach, f => $"203.0.113.{f % addresses + 1}", (_, _) => Victim, writing);

        Assert.DoesNotContain(flood.Concat(writes), status => (int)status >= 500);
        Assert.Equal(flooders * attemptsEach, flood.Count);
        Assert.Contains(HttpStatusCode.TooManyRequests, flood);
        Assert.All(flood, status => Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"flood got {status}"));
        Assert.InRange(flood.Count(s => s == HttpStatusCode.Unauthorized), 1, addresses * perMinute);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, Writers * WritesEach), writes);
        var listed = await writers[0].GetFromJsonAsync<JsonElement>("/api/network/organizations?pageSize=100");
        Assert.Equal(Writers * WritesEach, listed.GetProperty("total").GetInt32());
    }

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) => _factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Http:TrustedProxies", "10.0.0.1");
        foreach (var (key, value) in settings)
            b.UseSetting(key, value);
    });

    /// <summary>Each flooder sends its attempts back to back; returns every status, once the flood and <paramref name="beside"/> are done.</summary>
    private static async Task<List<HttpStatusCode>> FloodAsync(WebApplicationFactory<Program> host, int flooders, int attemptsEach,
        Func<int, string> addressOf, Func<int, int, string> accountOf, IEnumerable<Task>? beside = null)
    {
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var flooding = Enumerable.Range(0, flooders).Select(f => Task.Run(async () =>
        {
            var client = From(host, addressOf(f));
            for (var i = 0; i < attemptsEach; i++)
                statuses.Add((await client.PostAsJsonAsync("/api/auth/sign-in", new { email = accountOf(f, i), password = $"essai {f}-{i}" })).StatusCode);
        }));
        await Task.WhenAll(flooding.Concat(beside ?? []));
        return [.. statuses];
    }

    private static HttpClient From(WebApplicationFactory<Program> host, string address)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    private static async Task<HttpClient> SignedInAsync(WebApplicationFactory<Program> host, string email, string address)
    {
        var client = From(host, address);
        await client.SignInAsync(email);
        return client;
    }
}
