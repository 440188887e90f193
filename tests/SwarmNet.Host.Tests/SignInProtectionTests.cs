using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Sign-in resists guessing without a lockout anyone can trigger: an address that tries too often gets 429 with
/// Retry-After, an account failing from one address slows that address only, and a forwarded address counts only from
/// a trusted proxy.
/// </summary>
public sealed class SignInProtectionTests : IAsyncLifetime
{
    private const string Victim = "membre.step@tests.swarmnet.invalid";
    private readonly SwarmNetFactory _factory = new();

    public async Task InitializeAsync() => await _factory.UserAsync(Victim);

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private HttpClient Client(int perMinute, string? trustedProxies = null) => _factory.WithWebHostBuilder(b =>
    {
        b.UseSetting("Access:SignInAttemptsPerMinute", perMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (trustedProxies is not null)
            b.UseSetting("Http:TrustedProxies", trustedProxies);
    }).CreateClient();

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string password, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-in") { Content = JsonContent.Create(new { email = Victim, password }) };
        if (forwardedFor is not null)
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task An_address_past_its_limit_gets_429_with_retry_after_before_any_password_check()
    {
        var client = Client(perMinute: 5);
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
            answers.Add(await SignInAsync(client, AccessHttp.Password));

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.All(answers.Skip(5), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.StatusCode));
        var refused = answers[^1];
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Trop de tentatives", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_owner_signs_in_from_elsewhere_while_the_attacker_is_throttled()
    {
        var client = Client(perMinute: 1000, trustedProxies: "10.0.0.1");
        var attacker = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
            attacker.Add((await SignInAsync(client, "une tentative au hasard", forwardedFor: "203.0.113.9")).StatusCode);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), attacker.Take(4));
        Assert.Contains(HttpStatusCode.TooManyRequests, attacker);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(client, AccessHttp.Password, forwardedFor: "203.0.113.9")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, AccessHttp.Password, forwardedFor: "198.51.100.7")).StatusCode);
    }

    [Fact]
    public async Task A_forged_forwarded_address_does_not_escape_the_limit_without_a_trusted_proxy()
    {
        var client = Client(perMinute: 5);
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
            answers.Add((await SignInAsync(client, AccessHttp.Password, forwardedFor: $"198.51.100.{i}")).StatusCode);

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }
}
