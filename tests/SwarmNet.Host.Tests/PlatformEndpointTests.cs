using System.Net;
using System.Text.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed class PlatformEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Health_reports_the_database_and_current_migrations()
    {
        var response = await _factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Sqlite", body.RootElement.GetProperty("provider").GetString());
        Assert.True(body.RootElement.GetProperty("migrations").GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Health_is_503_when_an_applied_script_no_longer_matches()
    {
        var client = _factory.CreateClient();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(_factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "UPDATE platform_migrations SET checksum = 'edited' WHERE module = 'network' AND script = '0001_organizations.sql'";
            Assert.Equal(1, await tamper.ExecuteNonQueryAsync());
        }

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("network/0001_organizations.sql", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_module_endpoints()
    {
        var client = await _factory.AdminClientAsync();
        var document = await client.GetStringAsync("/openapi/v1.json");
        using var json = JsonDocument.Parse(document);
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("paths").TryGetProperty("/api/network/organizations", out _));
        Assert.True(json.RootElement.GetProperty("paths").TryGetProperty("/api/auth/sign-in", out _));

        var reference = await client.GetAsync("/api-docs");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.Contains("SwarmNet API", await reference.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reference_opens_for_every_signed_in_user_and_the_jobs_dashboard_for_platform_admins()
    {
        var anonymous = _factory.CreateClient();
        await _factory.UserAsync("membre@tests.swarmnet.invalid");
        var user = await _factory.ClientAsync("membre@tests.swarmnet.invalid");
        var admin = await _factory.AdminClientAsync();

        foreach (var path in new[] { "/openapi/v1.json", "/api-docs" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await user.GetAsync(path)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/jobs")).StatusCode);
    }
}
