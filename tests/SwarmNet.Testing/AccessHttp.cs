using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SwarmNet.Testing;

/// <summary>Signing test clients in, the way a browser (cookie) or a script (bearer token) does.</summary>
public static class AccessHttp
{
    /// <summary>A password every test user may share: long enough for the password rule.</summary>
    public const string Password = "un mot de passe de test";

    /// <summary>Posts the credentials; the client keeps the cookie. Fails the test if the sign-in is refused.</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/sign-in", new { email, password });
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Sign-in of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static void UseBearer(this HttpClient client, string token) =>
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
}
