using SwarmNet.Host.Access;
using Xunit;

namespace SwarmNet.Web.Tests.Browser;

/// <summary>
/// The browser host loaded with the demo data every module seeds (networks, candidacies, STEP's running licence and the
/// obligations it generates), as a person sees it after the first start; the demo accounts' one password is kept.
/// </summary>
public sealed class DemoHost : IAsyncLifetime
{
    public BrowserHost Browser { get; } = new();

    public string Password { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        var lines = await DemoSeeding.SeedAsync(Browser.Factory.Services, CancellationToken.None);
        Password = lines.Single(l => l.Contains("mot de passe commun", StringComparison.Ordinal)).Split(" : ")[^1].Trim();
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>The browser classes that share one demo host (seeding it costs more than a test): they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DemoCollection : ICollectionFixture<DemoHost>
{
    public const string Name = "Demo data in a browser";
}
