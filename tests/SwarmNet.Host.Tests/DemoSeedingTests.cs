using System.Text.RegularExpressions;
using SwarmNet.Host.Cli;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Host.Tests;

public sealed partial class DemoSeedingTests
{
    [Fact]
    public async Task Seed_demo_prints_the_random_password_once_and_it_signs_in()
    {
        await using var database = TestDatabase.CreateSqlite();
        string[] settings = ["--ConnectionStrings:SwarmNet", database.ConnectionString];
        var (first, second) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, await CommandLine.RunAsync(["seed-demo", .. settings], first, new StringWriter()));
        Assert.Equal(0, await CommandLine.RunAsync(["seed-demo", .. settings], second, new StringWriter()));

        var password = Password().Match(first.ToString());
        Assert.True(password.Success, first.ToString());
        Assert.Contains("referente.step@demo.swarmnet.invalid", first.ToString(), StringComparison.Ordinal);
        Assert.DoesNotMatch(Password(), second.ToString());

        await using var factory = SwarmNetFactory.On(database);
        var client = factory.CreateClient();
        await client.SignInAsync("admin.triporteurs@demo.swarmnet.invalid", password.Groups[1].Value);
    }

    [GeneratedRegex(@"mot de passe commun \(affiché une seule fois\) : (\S+)")]
    private static partial Regex Password();
}
