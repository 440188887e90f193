using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Notifications;

namespace SwarmNet.Host.Tests.AccessSamples;

/// <summary>
/// An occurrence of the other structure's licence (once the outbox delivered the activation), a notification of its admin,
/// and a calendar address of theirs.
/// </summary>
internal static class ObligationSamples
{
    public static async Task AddAsync(AccessWorld world)
    {
        var licence = world.Id("licenceId");
        world.Sample("contractId", licence);
        world.Sample("occurrenceId", await OccurrenceOfAsync(world.Factory, licence));
        await world.Factory.SendAsSystemAsync(new Notify([new Notice(world.Structure, [Roles.StructureAdmin], "tests",
            new("Relance autre", "Other reminder"), new("Corps", "Body"))]));
        await using (var scope = world.Factory.Services.CreateAsyncScope())
            world.Sample("notificationId", (await scope.ServiceProvider.GetRequiredService<DbSession>()
                .QueryAsync<Guid>("SELECT id FROM network_notifications WHERE organization_id = @Organization AND notice_key = 'tests'", new { Organization = world.Structure })).Single());
        var feed = await (await world.StructureClient.PostAsync($"/api/obligations/organizations/{world.Structure}/calendar-feeds", null))
            .Content.ReadFromJsonAsync<JsonElement>();
        world.Sample("feedId", feed.GetProperty("id").GetGuid());
        world.Secret("Relance autre", feed.GetProperty("path").GetString()!);
    }

    private static async Task<Guid> OccurrenceOfAsync(SwarmNetFactory factory, Guid licence)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var ids = await scope.ServiceProvider.GetRequiredService<DbSession>()
                .QueryAsync<Guid>("SELECT id FROM obligations_occurrences WHERE contract_id = @Licence", new { Licence = licence });
            if (ids.Count > 0)
                return ids[0];
            await Task.Delay(100);
        }
        throw new InvalidOperationException("The licence's occurrences were never generated.");
    }
}
