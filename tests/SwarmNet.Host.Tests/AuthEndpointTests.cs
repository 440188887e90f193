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
    public async Task A_cookie_copied_before_sign_out_is_refused_after_it()
    {
        var client = _factory.CreateClient();
        var signIn = await client.PostAsJsonAsync("/api/auth/sign-in", new { email = Email, password = AccessHttp.Password });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        var copy = _factory.CreateClient(new() { HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/auth/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/auth/sign-out", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.PostAsJsonAsync("/api/auth/tokens", new { name = "après coup" })).StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var here = await _factory.ClientAsync(Email);
        var elsewhere = await _factory.ClientAsync(Email);

        var wrong = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = "pas le bon", newPassword = "un tout nouveau mot de passe" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var changed = await here.PostAsJsonAsync("/api/auth/password", new { currentPassword = AccessHttp.Password, newPassword = "un tout nouveau mot de passe" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/auth/me")).StatusCode);
        await _factory.CreateClient().SignInAsync(Email, "un tout nouveau mot de passe");
    }

    [Fact]
    public async Task A_disabled_user_loses_cookie_and_tokens_at_once()
    {
        var user = await _factory.ClientAsync(Email);
        var token = (await (await user.PostAsJsonAsync("/api/auth/tokens", new { name = "script" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("token").GetString()!;
        var script = _factory.CreateClient();
        script.UseBearer(token);
        var admin = await _factory.AdminClientAsync();
        var userId = (await user.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("userId").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await user.PutAsJsonAsync($"/api/auth/users/{userId}/disabled", new { disabled = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/auth/users/{userId}/disabled", new { disabled = true })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/auth/me")).StatusCode);
        var again = await _factory.CreateClient().PostAsJsonAsync("/api/auth/sign-in", new { email = Email, password = AccessHttp.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task A_token_cannot_create_a_token_nor_live_past_a_year()
    {
        var owner = await _factory.ClientAsync(Email);
        var created = await (await owner.PostAsJsonAsync("/api/auth/tokens", new { name = "script" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(_factory.Clock.GetUtcNow().AddDays(365), created.GetProperty("expiresAt").GetDateTimeOffset());
        var script = _factory.CreateClient();
        script.UseBearer(created.GetProperty("token").GetString()!);

        var bred = await script.PostAsJsonAsync("/api/auth/tokens", new { name = "rejeton" });
        var forever = await owner.PostAsJsonAsync("/api/auth/tokens", new { name = "éternel", expiresAt = "9999-12-31T00:00:00Z" });

        Assert.Equal(HttpStatusCode.Forbidden, bred.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forever.StatusCode);
        Assert.Equal("/expiresAt", (await forever.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Single((await owner.GetFromJsonAsync<JsonElement>("/api/auth/tokens")).EnumerateArray());
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
