using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>A write that meets a database locked by another process answers 503 with Retry-After, never a 500, and writes nothing.</summary>
public sealed class BusyDatabaseEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await _factory.UserAsync("admin@tests.swarmnet.invalid", platformAdmin: true);
        _client = _factory.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:SwarmNet", _factory.Database.ConnectionString + ";Default Timeout=1"))
            .CreateClient();
        await _client.PostAsJsonAsync("/api/auth/sign-in", new { email = "admin@tests.swarmnet.invalid", password = Testing.AccessHttp.Password });
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_write_blocked_by_another_process_is_a_503_with_retry_after()
    {
        await using (var other = new SqliteConnection(_factory.Database.ConnectionString))
        {
            await other.OpenAsync();
            await using var begin = other.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE; DELETE FROM platform_inbox;";
            await begin.ExecuteNonQueryAsync();

            var response = await _client.PostAsJsonAsync("/api/network/organizations", new { name = "STEP", kind = "localStructure", legalForm = "other" });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Service occupé", problem.GetProperty("title").GetString());
        }

        var page = await _client.GetFromJsonAsync<JsonElement>("/api/network/organizations");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }
}
