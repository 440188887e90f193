using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SwarmNet.BuildingBlocks.Actors;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>
/// A network's charter over HTTP: versions published as text or document reach the active affiliate, who acknowledges
/// them on its agreement (who and when); an unacknowledged one falls overdue on the affiliate's calendar and page.
/// </summary>
public sealed class CharterEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private LicenceWorld _w = null!;
    private Guid _agreement;

    private string Charter => $"/api/affiliations/networks/{_w.Network}/charter";

    public async Task InitializeAsync()
    {
        _w = await LicenceWorld.CreateAsync(_factory, "La Conciergerie Solidaire", "La Conciergerie Solidaire", "STEP", "conciergerie");
        _agreement = await _w.DraftAffiliationAsync(AffiliationHttp.Content("2026-11-01", null, "La Conciergerie Solidaire"));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<JsonElement> PublishDocumentAsync(string summary, int days)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.7 charte v2"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "charte-v2.pdf");
        form.Add(new StringContent(summary), "summary");
        form.Add(new StringContent(days.ToString(System.Globalization.CultureInfo.InvariantCulture)), "acknowledgeWithinDays");
        return await LicenceWorld.Ok(await _w.HeadAdmin.PostAsync($"{Charter}/versions/document", form), HttpStatusCode.Created);
    }

    private async Task<JsonElement> CalendarAsync(Func<JsonElement, bool> found) => await AffiliationHttp.EventuallyAsync(() =>
        _w.StructureAdmin.GetFromJsonAsync<JsonElement>($"/api/obligations/organizations/{_w.Structure}/occurrences?contractId={_agreement}&category=compliance")!,
        found);

    private static string? StateOf(JsonElement calendar, string code) =>
        calendar.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("code").GetString() == code).Select(i => i.GetProperty("state").GetString()).SingleOrDefault();

    [Fact]
    public async Task Versions_reach_the_active_affiliate_who_acknowledges_them_and_a_late_one_is_overdue_on_its_calendar()
    {
        var v1 = await _w.HeadAdmin.PostAsJsonAsync($"{Charter}/versions", new { summary = "Première charte", text = "Nos valeurs…", acknowledgeWithinDays = 10 });
        Assert.Equal($"{Charter}/versions/1", (await LicenceWorld.Ok(v1, HttpStatusCode.Created)).GetProperty("number").GetInt32() == 1 ? v1.Headers.Location!.OriginalString : "");
        await _w.SignAffiliationAsync(_agreement);
        var v2 = await PublishDocumentAsync("Usage du logo sur les vélos", 15);
        Assert.Equal(("2026-12-08", "charte-v2.pdf"), (v2.GetProperty("dueOn").GetString(), v2.GetProperty("document").GetProperty("fileName").GetString()));

        // The affiliate's page lists both, newest first; the document is theirs to read.
        var page = await _w.StructureAdmin.GetFromJsonAsync<JsonElement>($"/api/affiliations/{_agreement}");
        Assert.Equal([(2, "pending"), (1, "pending")], page.GetProperty("charter").EnumerateArray().Select(c => (c.GetProperty("number").GetInt32(), c.GetProperty("state").GetString())));
        Assert.Equal("%PDF-1.7 charte v2", await _w.StructureAdmin.GetStringAsync($"{Charter}/versions/2/document"));

        await _factory.UserAsync("membre.step@tests.swarmnet.invalid", false, new ActorMembership(_w.Structure, Roles.StructureMember));
        var member = await _factory.ClientAsync("membre.step@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsJsonAsync($"/api/affiliations/{_agreement}/charter/acknowledgements", new { number = 2 })).StatusCode);
        var acknowledged = await LicenceWorld.Ok(await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{_agreement}/charter/acknowledgements", new { number = 2 }),
            HttpStatusCode.OK);
        var mine = acknowledged.GetProperty("charter")[0];
        Assert.Equal(("acknowledged", "2026-11-23"), (mine.GetProperty("state").GetString(), mine.GetProperty("acknowledgedOn").GetString()));
        Assert.False(string.IsNullOrEmpty(mine.GetProperty("acknowledgedBy").GetString()));

        // The first version, never acknowledged, is overdue after its ten days: on the agreement and on the calendar.
        await CalendarAsync(c => StateOf(c, "CHARTE-V1") is not null && StateOf(c, "CHARTE-V2") == "Accepted");
        _factory.Clock.Advance(TimeSpan.FromDays(11));
        await _factory.RunJobAsync("obligations.daily-reminders");
        _w = _w with { StructureAdmin = await _factory.ClientAsync("conciergerie.structure@tests.swarmnet.invalid"),
            HeadAdmin = await _factory.ClientAsync("conciergerie.tete@tests.swarmnet.invalid") }; // the sessions expired meanwhile
        Assert.Equal("Overdue", StateOf(await CalendarAsync(c => StateOf(c, "CHARTE-V1") == "Overdue"), "CHARTE-V1"));
        Assert.Equal("overdue", (await _w.StructureAdmin.GetFromJsonAsync<JsonElement>($"/api/affiliations/{_agreement}")).GetProperty("charter")[1].GetProperty("state").GetString());
        var board = await _w.HeadAdmin.GetFromJsonAsync<JsonElement>($"{Charter}/versions");
        Assert.Equal([(2, 1, 0), (1, 0, 1)], board.EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(),
            v.GetProperty("progress").GetProperty("acknowledged").GetInt32(), v.GetProperty("progress").GetProperty("overdue").GetInt32())));
    }

    [Fact]
    public async Task The_head_publishes_the_affiliate_reads_and_bad_input_names_each_field()
    {
        var invalid = await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"{Charter}/versions", new { summary = "", acknowledgeWithinDays = 400 }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["/summary", "/text", "/acknowledgeWithinDays"], invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await _w.StructureAdmin.PostAsJsonAsync($"{Charter}/versions", new { summary = "x", text = "y" })).StatusCode);
        await LicenceWorld.Ok(await _w.HeadAdmin.PostAsJsonAsync($"{Charter}/versions", new { summary = "Charte", text = "Nos valeurs" }), HttpStatusCode.Created);

        var read = await LicenceWorld.Ok(await _w.StructureAdmin.GetAsync($"{Charter}/versions/1"), HttpStatusCode.OK);
        Assert.Equal(("Nos valeurs", JsonValueKind.Null), (read.GetProperty("text").GetString(), read.GetProperty("progress").ValueKind));
        Assert.Equal(HttpStatusCode.Forbidden, (await _w.StructureAdmin.GetAsync($"{Charter}/versions/1/acknowledgements")).StatusCode);
        // A draft agreement has nothing to acknowledge yet.
        Assert.Equal(HttpStatusCode.Conflict, (await _w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{_agreement}/charter/acknowledgements", new { number = 1 })).StatusCode);

        var other = await _factory.OrganizationAsync("Autre structure");
        await _factory.UserAsync("admin.autre@tests.swarmnet.invalid", false, new ActorMembership(other, Roles.StructureAdmin));
        var outsider = await _factory.ClientAsync("admin.autre@tests.swarmnet.invalid");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{Charter}/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"{Charter}/versions", new { })).StatusCode);
    }
}
