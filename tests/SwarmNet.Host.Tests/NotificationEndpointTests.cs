using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Notifications;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Each person's in-app notifications: the unread count, marking read, and nobody else's; the language they chose.</summary>
public sealed class NotificationEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private Guid _step;

    public async Task InitializeAsync()
    {
        _step = await _factory.OrganizationAsync("STEP");
        await _factory.UserAsync("referente@tests.swarmnet.invalid", false, new ActorMembership(_step, Roles.StructureAdmin));
        await _factory.UserAsync("voisine@tests.swarmnet.invalid", false, new ActorMembership(await _factory.OrganizationAsync("Voisine"), Roles.StructureAdmin));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task NotifyAsync(string key) => _factory.SendAsSystemAsync(new Notify(
        [new Notice(_step, [Roles.StructureAdmin], key, new("Relance", "Reminder"), new("Corps", "Body"), "/obligations")]));

    [Fact]
    public async Task Unread_count_mark_one_mark_all_and_nobody_else_s()
    {
        await NotifyAsync("a");
        await NotifyAsync("b");
        var client = await _factory.ClientAsync("referente@tests.swarmnet.invalid");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/notifications");
        Assert.Equal((2, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("unreadCount").GetInt32()));
        var first = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        var neighbour = await _factory.ClientAsync("voisine@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(0, (await neighbour.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("total").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/notifications/{first}/read", null)).StatusCode);
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("unreadCount").GetInt32());
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/notifications?unreadOnly=true")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/notifications/read", null)).StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task A_person_who_chose_english_is_notified_in_english()
    {
        var client = await _factory.ClientAsync("referente@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PutAsJsonAsync("/api/auth/me/language", new { language = "de" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PutAsJsonAsync("/api/auth/me/language", new { language = "en" })).StatusCode);
        await NotifyAsync("c");
        var item = (await client.GetFromJsonAsync<JsonElement>("/api/notifications")).GetProperty("items")[0];
        Assert.Equal(("Reminder", "Body"), (item.GetProperty("subject").GetString(), item.GetProperty("body").GetString()));
    }
}
