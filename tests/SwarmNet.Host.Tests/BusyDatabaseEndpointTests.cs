using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// A write that meets a database locked by another process answers 503 with Retry-After, never a 500, and writes
/// nothing; a sign-in takes the write lock only to open a session, so failures are answered whoever holds it.
/// </summary>
public sealed class BusyDatabaseEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private HttpClient _client = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _host = null!;

    public async Task InitializeAsync()
    {
        await _factory.UserAsync("admin@tests.swarmnet.invalid", platformAdmin: true);
        _host = _factory.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:SwarmNet", _factory.Database.ConnectionString + ";Default Timeout=1"));
        _client = _host.CreateClient();
        await _client.PostAsJsonAsync("/api/auth/sign-in", new { email = "admin@tests.swarmnet.invalid", password = Testing.AccessHttp.Password });
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_write_blocked_by_another_process_is_a_503_with_retry_after()
    {
        await using (await HoldWriteLockAsync())
        {
            var response = await _client.PostAsJsonAsync("/api/network/organizations", new { name = "STEP", kind = "localStructure", legalForm = "other" });

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Service occupé", problem.GetProperty("title").GetString());
        }

        var page = await _client.GetFromJsonAsync<JsonElement>("/api/network/organizations");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_wrong_password_is_answered_while_another_process_holds_the_write_lock()
    {
        var anonymous = _host.CreateClient();
        await using (await HoldWriteLockAsync())
        {
            var wrong = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = "admin@tests.swarmnet.invalid", password = "pas le bon mot de passe" });
            var right = await anonymous.PostAsJsonAsync("/api/auth/sign-in", new { email = "admin@tests.swarmnet.invalid", password = Testing.AccessHttp.Password });

            Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.ServiceUnavailable), (wrong.StatusCode, right.StatusCode));
        }
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/sign-in",
            new { email = "admin@tests.swarmnet.invalid", password = Testing.AccessHttp.Password })).StatusCode);
    }

    /// <summary>Another process in the middle of a write: SQLite's one write lock is taken until the connection closes.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var other = new SqliteConnection(_factory.Database.ConnectionString);
        await other.OpenAsync();
        await using var begin = other.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE; DELETE FROM platform_inbox;";
        await begin.ExecuteNonQueryAsync();
        return other;
    }
}
