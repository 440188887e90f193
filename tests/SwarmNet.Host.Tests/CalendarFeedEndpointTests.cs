using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>The calendar feed over HTTP: created signed in, read anonymously at its secret address, dead once revoked.</summary>
public sealed class CalendarFeedEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private Guid _step;

    public async Task InitializeAsync()
    {
        _step = await _factory.OrganizationAsync("STEP");
        await _factory.UserAsync("agenda@tests.swarmnet.invalid", false, new ActorMembership(_step, Roles.StructureMember));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_secret_address_serves_an_icalendar_to_anyone_until_revoked()
    {
        var client = await _factory.ClientAsync("agenda@tests.swarmnet.invalid");
        var created = await client.PostAsync($"/api/obligations/organizations/{_step}/calendar-feeds", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = await created.Content.ReadFromJsonAsync<JsonElement>();
        var path = feed.GetProperty("path").GetString()!;

        var anonymous = _factory.CreateClient();
        var calendar = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(Ical.Net.Calendar.Load(await calendar.Content.ReadAsStringAsync()));
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/obligations/organizations/{_step}/calendar-feeds");
        Assert.DoesNotContain(path.Split('/')[^1], listed.GetRawText(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/obligations/calendar-feeds/{feed.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
    }
}
