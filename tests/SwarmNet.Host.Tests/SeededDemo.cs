using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Testing;

namespace SwarmNet.Host.Tests;

/// <summary>
/// A host that creates its database and so loads the demo (Demo:SeedOnFirstRun), with a platform admin signed in: the
/// demo as someone who sees all of it finds it. Disposed with its factory.
/// </summary>
internal sealed record SeededDemo(WebApplicationFactory<Program> Host, HttpClient Admin)
{
    public static async Task<SeededDemo> StartAsync(SwarmNetFactory factory)
    {
        var seeded = factory.WithWebHostBuilder(b => b.UseSetting("Demo:SeedOnFirstRun", "true"));
        var client = seeded.CreateClient(); // this host creates the database, so it seeds
        await using (var scope = seeded.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System;
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ProvisionUser("admin@tests.swarmnet.invalid", "Admin", AccessHttp.Password, true, []));
        }
        await client.SignInAsync("admin@tests.swarmnet.invalid");
        return new SeededDemo(seeded, client);
    }
}
