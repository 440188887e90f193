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

    internal static object Content(string title, string effectiveDate, object[] partners, object[]? contributions = null, object[]? milestones = null) => new
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
}
