using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using Xunit;

namespace SwarmNet.Host.Tests;

/// <summary>What the network's staff do before an exclusive contract, over HTTP: readiness completed, the DIP recorded.</summary>
internal static class Disclosures
{
    public static readonly string[] AllHeadings = ["headIdentity", "networkState", "networkMembers", "annualAccounts", "contractTerms"];

    /// <summary>Records a DIP given on <paramref name="givenOn"/> covering <paramref name="headings"/> (all by default).</summary>
    public static async Task PostAsync(HttpClient headStaff, Guid candidacy, DateOnly givenOn, params string[] headings)
    {
        using var form = new MultipartFormDataContent { { new StringContent(givenOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "givenOn" } };
        foreach (var heading in headings.Length == 0 ? AllHeadings : headings)
            form.Add(new StringContent(heading), "headings");
        var file = new ByteArrayContent("%PDF-1.7 DIP"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "dip.pdf");
        await LicenceWorld.Ok(await headStaff.PostAsync($"/api/network/candidacies/{candidacy}/disclosure", form), HttpStatusCode.Created);
    }

    /// <summary>Every mandatory readiness item ticked with its evidence, then the candidacy moved on to contracting.</summary>
    public static async Task ToContractingAsync(SwarmNetFactory factory, CandidacyDto candidacy)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        foreach (var item in candidacy.Checklist.Where(i => i.Mandatory))
            await factory.SendAsSystemAsync(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Vu en comité", today));
        foreach (var stage in new[] { CandidacyStage.Qualification, CandidacyStage.Readiness, CandidacyStage.Contracting })
            await factory.SendAsSystemAsync(new MoveCandidacy(candidacy.Id, stage));
    }
}
