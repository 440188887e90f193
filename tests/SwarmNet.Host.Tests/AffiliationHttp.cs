using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SwarmNet.Host.Tests;

/// <summary>Affiliation agreements as a client writes them over HTTP, in the world a <see cref="LicenceWorld"/> sets up (head, network, structure, candidacy).</summary>
internal static class AffiliationHttp
{
    public static object Content(string effectiveDate, object? royaltyTerms, string brand, bool exclusive = false) => new
    {
        distinctiveSigns = new object[]
        {
            new { kind = "name", brand, description = "Le nom sur la vitrine", onExit = "remove" },
            new { kind = "visualCharter", brand, description = "Kit graphique", onExit = "return" },
        },
        services = new object[]
        {
            new { kind = "itTools", label = "Logiciel de conciergerie", cost = new { amount = 25.00, per = "monthly" } },
            new { kind = "insuranceScheme", label = "Assurance groupe" },
        },
        exclusive,
        term = new { effectiveDate, noticeDays = 60 },
        royaltyTerms,
        obligationTerms = new[]
        {
            new { code = "RAPPORT", title = "Rapport d'activité et d'impact", category = "impact", actor = "grantee", evidence = "file",
                schedule = new { kind = "annually", month = 3, day = 31 } },
        },
        exitTerms = new { noticeDays = 60, terminationGrounds = new[] { "Manquement à la charte" }, brandUse = "Retrait sous 30 jours", stock = "Rachat", data = "Restitution" },
    };

    /// <summary>An entry fee and a yearly membership fee, both on the <c>fee</c> account.</summary>
    public static object Fees(string effectiveDate) => new
    {
        effectiveDate, periodicity = "annual", royaltyYear = "contract", vatRate = 0.20,
        components = new object[]
        {
            new { type = "oneOff", label = "Droit d'entrée", account = "fee", amount = 500.00, date = effectiveDate },
            new { type = "fixed", label = "Cotisation annuelle", account = "fee", amount = 1200.00 },
        },
    };

    public static async Task<Guid> DraftAffiliationAsync(this LicenceWorld w, object content) =>
        (await LicenceWorld.Ok(await w.HeadAdmin.PostAsJsonAsync("/api/affiliations", new
        {
            grantorOrganizationId = w.Head, affiliateOrganizationId = w.Structure, candidacyId = w.Candidacy, content,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>The head signs, then the structure: the agreement as it then reads.</summary>
    public static async Task<JsonElement> SignAffiliationAsync(this LicenceWorld w, Guid id)
    {
        var version = (await w.HeadAdmin.GetFromJsonAsync<JsonElement>($"/api/affiliations/{id}")).GetProperty("version").GetInt32();
        var head = await LicenceWorld.Ok(await w.HeadAdmin.PostAsJsonAsync($"/api/affiliations/{id}/signature", new { version }), HttpStatusCode.OK);
        return await LicenceWorld.Ok(await w.StructureAdmin.PostAsJsonAsync($"/api/affiliations/{id}/signature", new { version = head.GetProperty("version").GetInt32() }),
            HttpStatusCode.OK);
    }

    /// <summary>What the outbox delivers in the background, awaited: <paramref name="read"/> until it finds something.</summary>
    public static async Task<JsonElement> EventuallyAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> found)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var value = await read();
            if (found(value))
                return value;
            await Task.Delay(100);
        }
        throw new TimeoutException("What the outbox should have delivered never arrived.");
    }
}
