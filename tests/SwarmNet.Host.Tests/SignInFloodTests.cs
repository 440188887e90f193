using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Issue 9's first observation: a flood of wrong passwords from parallel clients must not stall the platform. Here 64
/// clients spread over 8 addresses (behind a trusted proxy) send 1,280 sign-ins at one account while 4 signed-in
/// admins write: no 5xx anywhere, the flood meets 429s, at most the address limit is ever hashed, and every write lands.
/// </summary>
public sealed class SignInFloodTests : IAsyncLifetime
{
    private const string Victim = "membre.step@tests.swarmnet.invalid";
    private const int Flooders = 64, AttemptsEach = 20, Addresses = 8, PerMinute = 20;
    private const int Writers = 4, WritesEach = 15;
    private readonly SwarmNetFactory _factory = new();
    private ForwardingClients _host = null!;

    public async Task InitializeAsync()
    {
        await _factory.UserAsync(Victim);
        for (var w = 0; w < Writers; w++)
            await _factory.UserAsync($"ecrit{w}@tests.swarmnet.invalid", platformAdmin: true);
        _host = new ForwardingClients(_factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Access:SignInAttemptsPerMinute", PerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Http:TrustedProxies", "10.0.0.1");
        }));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_wrong_password_flood_is_throttled_without_5xx_while_other_users_writes_complete()
    {
        // The writers sign in first, each from its own address: the flood must not spend their budget.
        var writers = new List<HttpClient>();
        for (var w = 0; w < Writers; w++)
            writers.Add(await _host.SignedInAsync($"ecrit{w}@tests.swarmnet.invalid", $"198.51.100.{w + 1}"));

        var flood = new ConcurrentBag<HttpStatusCode>();
        var writes = new ConcurrentBag<HttpStatusCode>();
        var flooding = Enumerable.Range(0, Flooders).Select(f => Task.Run(async () =>
        {
            var client = _host.From($"203.0.113.{f % Addresses + 1}");
            for (var i = 0; i < AttemptsEach; i++)
                flood.Add((await client.PostAsJsonAsync("/api/auth/sign-in", new { email = Victim, password = $"essai {f}-{i}" })).StatusCode);
        }));
        var writing = writers.Select((client, w) => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
                writes.Add((await client.PostAsJsonAsync("/api/network/organizations",
                    new { name = $"Structure {w}-{i}", kind = "localStructure", legalForm = "other" })).StatusCode);
        }));
        await Task.WhenAll(flooding.Concat(writing));

        Assert.DoesNotContain(flood.Concat(writes), status => (int)status >= 500);
        Assert.Equal(Flooders * AttemptsEach, flood.Count);
        Assert.Contains(HttpStatusCode.TooManyRequests, flood);
        Assert.All(flood, status => Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"flood got {status}"));
        Assert.InRange(flood.Count(s => s == HttpStatusCode.Unauthorized), 1, Addresses * PerMinute);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, Writers * WritesEach), writes);
        var listed = await writers[0].GetFromJsonAsync<JsonElement>("/api/network/organizations?pageSize=100");
        Assert.Equal(Writers * WritesEach, listed.GetProperty("total").GetInt32());
    }

    /// <summary>Clients of one host that claim a client address through the trusted proxy's X-Forwarded-For.</summary>
    private sealed class ForwardingClients(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host)
    {
        public HttpClient From(string address)
        {
            var client = host.CreateClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            return client;
        }

        public async Task<HttpClient> SignedInAsync(string email, string address)
        {
            var client = From(address);
            await client.SignInAsync(email);
            return client;
        }
    }
}
