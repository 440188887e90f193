using System.Net;
using System.Net.Http.Json;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>Partnerships over HTTP: n partners each signing with its own account, every partner reading, the lead alone editing.</summary>
public sealed class PartnershipEndpointTests : IAsyncLifetime
{
    private readonly SwarmNetFactory _factory = new();
    private PartnershipWorld _w = null!;

    public async Task InitializeAsync() => _w = await PartnershipWorld.CreateAsync(_factory);

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    internal static object Content(string title, string effectiveDate, object[] partners, object[]? contributions = null, object[]? milestones = null,
        object[]? indicators = null, object? reporting = null) => new
    {
        title,
        objective = "Former gratuitement aux métiers du numérique des personnes éloignées de l'emploi.",
        partners,
        term = new { effectiveDate, endDate = "2028-08-31", tacitRenewal = false, renewalMonths = 12, noticeDays = 90 },
        obligationTerms = Array.Empty<object>(),
        exitTerms = new { noticeDays = 90, terminationGrounds = new[] { "Manquement grave" }, brandUse = "Retrait des mentions", stock = "Restitution du matériel",
            data = "Restitution des données" },
        sharedAssetsOnExit = "Le matériel commun revient à la structure d'accueil.",
        resultsOnExit = "Les supports restent sous licence libre.",
        contributions,
        milestones,
        indicators,
        reporting,
    };

    /// <summary>The lead's teaching kit, a deliverable due three months in.</summary>
    internal static object Kit(Guid lead) => new { code = "KIT", kind = "deliverable", title = "Kit pédagogique", ownerOrganizationId = lead, dueDate = "2026-12-01" };

    /// <summary>The host lends its rooms to the lead: a contribution in kind, due when the partnership starts.</summary>
    internal static object Rooms(Guid host, Guid lead) => new
    {
        code = "LOCAUX", kind = "inKind", fromOrganizationId = host, toOrganizationId = lead, description = "Salle de formation équipée", valuation = 8000m,
        dueDate = "2026-09-01",
    };

    [Fact]
    public async Task Three_partners_each_sign_with_their_own_account_and_every_partner_reads_what_only_the_lead_edits()
    {
        var id = await _w.DraftAsync(Content("Fabrique numérique de Pau", "2026-09-01", _w.Partners));
        var draft = await PartnershipWorld.Ok(await _w.StepMember.GetAsync($"/api/partnerships/{id}"), HttpStatusCode.OK);
        Assert.Equal(3, draft.GetProperty("awaitingSignatureFrom").GetArrayLength());
        Assert.Equal(["lead", "host", "funder"], draft.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("role").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _w.Outsider.GetAsync($"/api/partnerships/{id}")).StatusCode);
        var edit = await _w.StepAdmin.PutAsJsonAsync($"/api/partnerships/{id}", new { version = 1, content = Content("Autre titre", "2026-09-01", _w.Partners) });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        var member = await _w.StepMember.PostAsJsonAsync($"/api/partnerships/{id}/signature", new { version = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);

        var lead = await PartnershipWorld.Ok(await _w.SimplonAdmin.PostAsJsonAsync($"/api/partnerships/{id}/signature", new { version = 1 }), HttpStatusCode.OK);
        var host = await PartnershipWorld.Ok(await _w.StepAdmin.PostAsJsonAsync($"/api/partnerships/{id}/signature", new { version = 2 }), HttpStatusCode.OK);
        Assert.Equal(("draft", _w.Region), (host.GetProperty("status").GetString(), host.GetProperty("awaitingSignatureFrom")[0].GetGuid()));
        var again = await _w.StepAdmin.PostAsJsonAsync($"/api/partnerships/{id}/signature", new { version = 3 });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var funder = await PartnershipWorld.Ok(await _w.RegionAdmin.PostAsJsonAsync($"/api/partnerships/{id}/signature", new { version = 3 }), HttpStatusCode.OK);
        Assert.Equal(("active", "en vigueur"), (funder.GetProperty("status").GetString(), funder.GetProperty("statusLabel").GetString()));
        Assert.Equal([_w.Simplon, _w.Step, _w.Region], funder.GetProperty("signatures").EnumerateArray().Select(s => s.GetProperty("organizationId").GetGuid()));
        Assert.Equal(0, lead.GetProperty("signatures")[0].GetProperty("amendmentNumber").GetInt32());

        var listed = await PartnershipWorld.Ok(await _w.RegionAdmin.GetAsync("/api/partnerships"), HttpStatusCode.OK);
        Assert.Equal((1, 3), (listed.GetProperty("total").GetInt32(), listed.GetProperty("items")[0].GetProperty("partners").GetInt32()));
        Assert.Equal(0, (await PartnershipWorld.Ok(await _w.Outsider.GetAsync("/api/partnerships"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Each_partner_reports_its_own_values_which_add_up_for_the_partnership_the_network_and_the_funders_csv()
    {
        var indicators = new object[]
        {
            new { code = "TRAINEES", label = "=cmd|' /C calc'!A0", unit = "personnes", aggregation = "sum", breakdowns = new[] { new { code = "WOMEN", label = "femmes" } } },
        };
        var id = await _w.DraftAsync(Content("Fabrique numérique de Pau", "2026-09-01", _w.Partners, indicators: indicators,
            reporting: new { reporterOrganizationIds = new[] { _w.Step, _w.Region }, daysAfterQuarterEnd = 30 }));
        await _w.SignByAllAsync(id);
        object Report(decimal trainees, decimal women, Guid? organizationId = null) => new
        {
            organizationId, periodStart = "2026-07-01", periodEnd = "2026-09-30",
            values = new[] { new { indicator = "TRAINEES", value = trainees, breakdowns = new Dictionary<string, decimal> { ["WOMEN"] = women } } },
        };

        var step = await PartnershipWorld.Ok(await _w.StepMember.PostAsJsonAsync($"/api/partnerships/{id}/reports", Report(12.5m, 5)), HttpStatusCode.Created);
        Assert.Equal(("STEP", 12.5m), (step.GetProperty("organizationName").GetString(), step.GetProperty("values")[0].GetProperty("value").GetDecimal()));
        Assert.Equal(HttpStatusCode.Forbidden, (await _w.RegionAdmin.PostAsJsonAsync($"/api/partnerships/{id}/reports", Report(1, 0, _w.Step))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _w.Outsider.PostAsJsonAsync($"/api/partnerships/{id}/reports", Report(1, 0))).StatusCode);
        var invalid = await PartnershipWorld.Ok(await _w.RegionAdmin.PostAsJsonAsync($"/api/partnerships/{id}/reports", new
        {
            periodStart = "2026-07-01", periodEnd = "2026-12-31", values = new[] { new { indicator = "TRAINEES", value = 2m, breakdowns = new Dictionary<string, decimal> { ["WOMEN"] = 3 } } },
        }), HttpStatusCode.BadRequest);
        Assert.Equal(["/periodEnd", "/values/0/breakdowns/WOMEN"], invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()));
        await PartnershipWorld.Ok(await _w.RegionAdmin.PostAsJsonAsync($"/api/partnerships/{id}/reports", Report(3, 1)), HttpStatusCode.Created);

        var impact = await PartnershipWorld.Ok(await _w.SimplonAdmin.GetAsync($"/api/partnerships/{id}/impact?from=2026-07-01&to=2026-12-31"), HttpStatusCode.OK);
        var trainees = impact.GetProperty("indicators")[0];
        Assert.Equal((15.5m, 6m, 2), (trainees.GetProperty("value").GetDecimal(), trainees.GetProperty("breakdowns")[0].GetProperty("value").GetDecimal(),
            trainees.GetProperty("partners").GetArrayLength()));
        var network = await PartnershipWorld.Ok(await _w.SimplonAdmin.GetAsync($"/api/partnerships/impact?networkId={_w.Network}"), HttpStatusCode.OK);
        Assert.Equal((1, 15.5m), (network.GetProperty("partnerships").GetInt32(), network.GetProperty("indicators")[0].GetProperty("value").GetDecimal()));
        var outsiders = await PartnershipWorld.Ok(await _w.Outsider.GetAsync($"/api/partnerships/impact?networkId={_w.Network}"), HttpStatusCode.OK);
        Assert.Equal(0, outsiders.GetProperty("indicators").GetArrayLength());

        var csv = await _w.RegionAdmin.GetAsync($"/api/partnerships/{id}/impact.csv?from=2026-07-01");
        Assert.Equal(("text/csv", "utf-8"), (csv.Content.Headers.ContentType!.MediaType, csv.Content.Headers.ContentType.CharSet));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(System.Text.Encoding.UTF8.GetPreamble(), bytes[..3]);
        using var reader = new CsvHelper.CsvReader(new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8),
            new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Parser.Record!);
        Assert.Equal(["Code", "Indicateur", "Unité", "Agrégation", "Ligne", "Début", "Fin", "Valeur", "dont femmes"], rows[0]);
        Assert.Equal(["TRAINEES", "'=cmd|' /C calc'!A0", "personnes", "somme des périodes", "période", "01/07/2026", "30/09/2026", "15,5", "6"], rows[1]);
        Assert.Equal(["total", "01/07/2026", "30/09/2026", "15,5"], rows[2][4..8]);
        Assert.Equal(HttpStatusCode.NotFound, (await _w.Outsider.GetAsync($"/api/partnerships/{id}/impact.csv")).StatusCode);
    }
}
