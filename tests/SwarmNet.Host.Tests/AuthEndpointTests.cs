using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Signing in by cookie and by personal token, through HTTP.</summary>
public sealed class AuthEndpointTests : IAsyncLifetime
{
    private const string Email = "referente@tests.swarmnet.invalid";
    private readonly SwarmNetFactory _factory = new();

    public async Task InitializeAsync() => await _factory.UserAsync(Email);

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Cookie_sign_in_opens_the_api_and_sign_out_closes_it()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);

        await client.SignInAsync(" Referente@Tests.SwarmNet.invalid ");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal(Email, me.GetProperty("email").GetString());
        Assert.False(me.GetProperty("isPlatformAdmin").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/sign-out", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_calls_get_a_401_problem_not_a_redirect()
    {
        var response = await _factory.CreateClient().GetAsync("/api/network/organizations");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Connexion requise", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_answer()
    {
        var client = _factory.CreateClient();
        var wrong = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = Email, password = "pas le bon mot de passe" });
        var unknown = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = "personne@tests.swarmnet.invalid", password = "pas le bon mot de passe" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(Detail(await wrong.Content.ReadFromJsonAsync<JsonElement>()), Detail(await unknown.Content.ReadFromJsonAsync<JsonElement>()));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var client = _factory.CreateClient();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await client.PostAsJsonAsync("/api/auth/sign-in", new { email = Email, password = "pas le bon mot de passe" })).StatusCode);

        var locked = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = Email, password = AccessHttp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
    }

    [Fact]
    public async Task A_personal_token_works_until_revoked()
    {
        var owner = await _factory.ClientAsync(Email);
        var created = await owner.PostAsJsonAsync("/api/auth/tokens", new { name = "export nocturne" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var token = body.GetProperty("token").GetString()!;
        Assert.StartsWith("swn_", token, StringComparison.Ordinal);

        var script = _factory.CreateClient();
        script.UseBearer(token);
        Assert.Equal(Email, (await script.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("email").GetString());

        var listed = await owner.GetFromJsonAsync<JsonElement>("/api/auth/tokens");
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.False(entry.TryGetProperty("token", out _));
        Assert.NotEqual(JsonValueKind.Null, entry.GetProperty("lastUsedAt").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/auth/tokens/{body.GetProperty("id").GetGuid()}")).StatusCode);
        var revoked = await script.GetAsync("/api/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("Bearer", revoked.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_made_up_token_is_a_401()
    {
        var client = _factory.CreateClient();
        client.UseBearer("swn_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    private static string? Detail(JsonElement problem) => problem.GetProperty("detail").GetString();
}
