using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Every answer, errors included, carries the browser protections; HSTS only over TLS (directly or behind a trusted proxy).</summary>
public sealed class SecurityHeadersTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("GET", "/health", HttpStatusCode.OK)]
    [InlineData("GET", "/api/auth/me", HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/api/auth/sign-in", HttpStatusCode.BadRequest)]
    public async Task Every_answer_carries_the_security_headers(string method, string path, HttpStatusCode expected)
    {
        var response = await _factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { }) : null,
        });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    [Fact]
    public async Task Hsts_is_sent_over_tls()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://swarmnet.example.org") });

        var response = await client.GetAsync("/health");

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_scheme_turns_hsts_on()
    {
        var client = _factory.WithWebHostBuilder(b => b.UseSetting("Http:TrustedProxies", "10.0.0.1"))
            .CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://swarmnet.example.org") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Without_a_trusted_proxy_forwarded_headers_are_ignored()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://swarmnet.example.org") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
