using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Access.SignIn;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

public sealed class DemoSeederTests
{
    [Fact]
    public async Task Demo_accounts_get_one_random_password_told_once()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var services = await TestServices.StartAsync(database, s => s.AddNetworkModule());

        var first = await SeedAsync(services);
        var second = await SeedAsync(services);

        Assert.NotNull(first.Password);
        Assert.Matches("^([a-z2-9]{5}-){3}[a-z2-9]{5}$", first.Password);
        Assert.Contains("referente.step@demo.swarmnet.invalid", first.Emails);
        Assert.Null(second.Password);
        Assert.Empty(second.Emails);
        Assert.Equal(8L, Assert.Single(await services.QueryAsync<long>("SELECT COUNT(*) FROM network_users WHERE email LIKE '%@demo.swarmnet.invalid'")));

        var signedIn = await services.SendAsync(new SignIn("referente.step@demo.swarmnet.invalid", first.Password!));
        var referente = (await services.SendAsync(new LoadActor(signedIn.UserId!.Value)))!;
        Assert.Equal("Référente STEP", referente.DisplayName);
        Assert.Equal(Roles.StructureAdmin, Assert.Single(referente.Memberships).Role);
    }

    private static async Task<DemoAccessCredentials> SeedAsync(TestServices services)
    {
        await using var scope = services.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoSeeder>().OrderBy(s => s.Order))
            await seeder.SeedAsync(CancellationToken.None);
        return scope.ServiceProvider.GetRequiredService<DemoAccessCredentials>();
    }
}
