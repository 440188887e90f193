using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using SwarmNet.Host.Cli;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed partial class AddAdminVerbTests
{
    [Fact]
    public async Task Add_admin_creates_the_first_platform_admin_with_a_password_shown_once()
    {
        await using var database = TestDatabase.CreateSqlite();
        string[] settings = ["--ConnectionStrings:SwarmNet", database.ConnectionString];
        var stdout = new StringWriter();

        Assert.Equal(0, await CommandLine.RunAsync(["add-admin", "exploitation@tests.swarmnet.invalid", .. settings], stdout, new StringWriter()));
        var again = new StringWriter();
        Assert.Equal(1, await CommandLine.RunAsync(["add-admin", "exploitation@tests.swarmnet.invalid", .. settings], new StringWriter(), again));
        Assert.Contains("existe déjà", again.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await CommandLine.RunAsync(["add-admin", "pas-un-email", .. settings], new StringWriter(), new StringWriter()));

        var password = Password().Match(stdout.ToString()).Groups[1].Value;
        await using var factory = SwarmNetFactory.On(database);
        var client = factory.CreateClient();
        await client.SignInAsync("exploitation@tests.swarmnet.invalid", password);
        Assert.True((await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("isPlatformAdmin").GetBoolean());
    }

    [GeneratedRegex(@"Mot de passe \(affiché une seule fois[^)]*\) : (\S+)")]
    private static partial Regex Password();
}
