using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Impact;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Partnerships.Tests;

/// <summary>Impact indicators: each partner reporting its own values, the quarterly obligations they meet, totals per partnership, partner and network.</summary>
public abstract class ImpactScenarios : PartnershipScenarioBase
{
    private static readonly (DateOnly Start, DateOnly End) Q3 = (new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));

    private static ReportIndicators Report(Guid id, Guid? organization, (DateOnly Start, DateOnly End) period, decimal trainees, decimal women, decimal employed = 0) =>
        new(id, organization, period.Start, period.End,
        [
            new("TRAINEES", trainees, new Dictionary<string, decimal?> { ["WOMEN"] = women, ["REFUGEES"] = 2, ["DISABLED"] = 1 }),
            new("CERTIFIED", 0), new("EMPLOYED6M", employed, new Dictionary<string, decimal?> { ["WOMEN"] = 0 }),
        ]);

    [DbFact]
    public async Task Each_partner_reports_its_own_values_and_reporting_a_period_again_corrects_it()
    {
        var active = await SignByAllAsync(await DraftAsync());
        var first = await Services.SendAsync(Report(active.Id, null, Q3, 12, 5), W.StepAdmin);
        Assert.Equal((W.Step.Id, "STEP", 1), (first.OrganizationId, first.OrganizationName, first.Version));
        Assert.Equal([("TRAINEES", 12m, 3), ("CERTIFIED", 0m, 0), ("EMPLOYED6M", 0m, 1)], first.Values.Select(v => (v.Indicator, v.Value, v.Breakdowns.Count)));
        var corrected = await Services.SendAsync(Report(active.Id, W.Step.Id, Q3, 13, 6), W.StepMember);
        Assert.Equal((2, 13m), (corrected.Version, corrected.Values[0].Value));

        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(Report(active.Id, W.Step.Id, Q3, 1, 0), W.RegionAdmin));
        await Assert.ThrowsAsync<ForbiddenException>(() => Services.SendAsync(Report(active.Id, W.Step.Id, Q3, 1, 0), W.SimplonStaff));
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(Report(active.Id, W.Step.Id, Q3, 1, 0), W.OutsiderAdmin));
        var overlap = await Assert.ThrowsAsync<InputValidationException>(() =>
            Services.SendAsync(Report(active.Id, null, (new DateOnly(2026, 8, 1), new DateOnly(2026, 10, 31)), 5, 0), W.StepAdmin));
        Assert.Equal("/periodStart", Assert.Single(overlap.Errors).Path);
        var notAPartner = await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(Report(active.Id, W.Outsider.Id, Q3, 1, 0), W.SimplonStaff));
        Assert.Equal("/organizationId", Assert.Single(notAPartner.Errors).Path);

        await Services.SendAsync(Report(active.Id, null, Q3, 3, 1), W.SimplonStaff);
        var reports = await Services.SendAsync(new ListReports(active.Id), W.RegionAdmin);
        Assert.Equal([("STEP", 13m), ("Simplon", 3m)], reports.OrderBy(r => r.OrganizationName != "STEP").Select(r => (r.OrganizationName, r.Values[0].Value)));
        Assert.Equal(["indicatorsReported", "indicatorsCorrected", "indicatorsReported"],
            (await GetAsync(active.Id)).History.Where(h => h.Action.StartsWith("indicators", StringComparison.Ordinal)).Select(h => h.Action));
    }

    [DbFact]
    public async Task A_listed_reporter_s_report_meets_its_quarterly_obligation_with_the_values()
    {
        var active = await SignByAllAsync(await DraftAsync());
        Assert.Equal([("IMPACT-1", W.Step.Id.ToString("D")), ("IMPACT-2", W.Simplon.Id.ToString("D"))],
            active.Obligations.Where(o => o.Evidence == "indicators").Select(o => (o.Code!, o.Actor!)));
        await DispatchAsync();
        await Services.SendAsync(Report(active.Id, null, Q3, 12, 5), W.StepAdmin);
        await DispatchAsync();
        var q3 = (await Services.QueryAsync<(string, string, string?)>(
            "SELECT code, state, indicators FROM obligations_occurrences WHERE contract_id = @Id AND code LIKE 'IMPACT-%' AND period_start = @Start ORDER BY code",
            new { active.Id, Q3.Start })).ToList();
        Assert.Equal([("IMPACT-1", "Submitted"), ("IMPACT-2", "Overdue")], q3.Select(o => (o.Item1, o.Item2)));
        Assert.Contains("\"TRAINEES.WOMEN\":5", q3[0].Item3, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Indicators_add_up_per_partnership_per_partner_and_across_a_network_s_partnerships()
    {
        var pau = await SignByAllAsync(await DraftAsync());
        var q4 = (new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31));
        await Services.SendAsync(Report(pau.Id, null, Q3, 12, 5, employed: 4), W.StepAdmin);
        await Services.SendAsync(Report(pau.Id, null, Q3, 3, 1, employed: 2), W.SimplonStaff);
        Services.Clock.Advance(TimeSpan.FromDays(40)); // 2 January 2027
        await Services.SendAsync(Report(pau.Id, null, q4, 10, 6, employed: 7), W.StepAdmin);

        var impact = await Services.SendAsync(new GetImpact(pau.Id), W.RegionAdmin);
        var trainees = impact.Indicators[0];
        Assert.Equal((25m, "somme des périodes"), (trainees.Value!.Value, trainees.AggregationLabel));
        Assert.Equal([("WOMEN", 12m), ("REFUGEES", 6m), ("DISABLED", 3m)], trainees.Breakdowns.Select(b => (b.Code, b.Value)));
        Assert.Equal([("Simplon", 3m), ("STEP", 22m)], trainees.Partners.Select(p => (p.Name, p.Value!.Value)));
        Assert.Equal((9m, "dernière valeur"), (impact.Indicators[2].Value!.Value, impact.Indicators[2].AggregationLabel)); // STEP's Q4 7 + Simplon's Q3 2
        Assert.Equal(15m, (await Services.SendAsync(new GetImpact(pau.Id, Q3.Start, Q3.End), W.StepMember)).Indicators[0].Value);

        var bayonne = await Services.SendAsync(new DraftPartnership(W.Network.Id, null, PartnershipSamples.Pau(W) with
        {
            Title = "Fabrique numérique de Bayonne", Partners = [PartnershipSamples.Pau(W).Partners![0], PartnershipSamples.Pau(W).Partners![1]],
            Contributions = null, Milestones = null, Reporting = null, ObligationTerms = [],
        }), W.SimplonStaff);
        var signed = await Services.SendAsync(new SignContract<PartnershipKind>(bayonne.Id, bayonne.Version), W.SimplonAdmin);
        await Services.SendAsync(new SignContract<PartnershipKind>(bayonne.Id, signed.Version), W.StepAdmin);
        await Services.SendAsync(Report(bayonne.Id, null, q4, 8, 4, employed: 1), W.StepAdmin);

        var network = await Services.SendAsync(new GetCombinedImpact(W.Network.Id), W.SimplonStaff);
        Assert.Equal((2, 33m, 2), (network.Partnerships, network.Indicators[0].Value!.Value, network.Indicators[0].Partnerships));
        Assert.Equal(16m, network.Indicators[0].Breakdowns.Single(b => b.Code == "WOMEN").Value);
        Assert.Equal(10m, network.Indicators.Single(i => i.Code == "EMPLOYED6M").Value); // 9 in Pau, 1 in Bayonne
        Assert.Equal(1, (await Services.SendAsync(new GetCombinedImpact(W.Network.Id), W.RegionAdmin)).Partnerships);
        Assert.Equal(0, (await Services.SendAsync(new GetCombinedImpact(W.Network.Id), W.OutsiderAdmin)).Partnerships);
        var step = await Services.SendAsync(new GetCombinedImpact(OrganizationId: W.Step.Id, From: q4.Item1), W.StepAdmin);
        Assert.Equal((2, 18m), (step.Partnerships, step.Indicators[0].Value!.Value));
        await Assert.ThrowsAsync<InputValidationException>(() => Services.SendAsync(new GetCombinedImpact(From: q4.Item2, To: q4.Item1), W.StepAdmin));
    }

    [DbFact]
    public async Task The_funders_report_is_a_csv_for_excel_in_french_per_indicator_and_period_with_breakdowns()
    {
        var content = PartnershipSamples.Pau(W);
        var active = await SignByAllAsync(await DraftAsync(content with
        {
            Indicators = [PartnershipSamples.Indicators[0] with { Label = "=cmd|' /C calc'!A0" }, .. PartnershipSamples.Indicators[1..]],
        }));
        await Services.SendAsync(Report(active.Id, null, Q3, 12.5m, 5), W.StepAdmin);
        await Services.SendAsync(Report(active.Id, null, Q3, 3, 1), W.SimplonStaff);

        var file = await Services.SendAsync(new ExportImpactCsv(active.Id), W.RegionAdmin);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file.Content[..3]);
        var rows = Parse(file.Content);
        Assert.Equal(["Code", "Indicateur", "Unité", "Agrégation", "Ligne", "Début", "Fin", "Valeur", "dont femmes", "dont personnes réfugiées",
            "dont personnes en situation de handicap"], rows[0]);
        Assert.Equal(["TRAINEES", "'=cmd|' /C calc'!A0", "personnes", "somme des périodes", "période", "01/07/2026", "30/09/2026", "15,5", "6", "4", "2"], rows[1]);
        Assert.Equal(["TRAINEES", "'=cmd|' /C calc'!A0", "personnes", "somme des périodes", "total", "01/07/2026", "30/09/2026", "15,5", "6", "4", "2"], rows[2]);
        Assert.Equal(["CERTIFIED", "total"], new[] { rows[4][0], rows[4][4] });
        Assert.Equal(["EMPLOYED6M", "dernière valeur", "0", "0", "", ""], new[] { rows[6][0], rows[6][3], rows[6][7], rows[6][8], rows[6][9], rows[6][10] });
        Assert.Equal(7, rows.Count);
        await Assert.ThrowsAsync<NotFoundException>(() => Services.SendAsync(new ExportImpactCsv(active.Id), W.OutsiderAdmin));
    }

    internal static List<string[]> Parse(byte[] csv)
    {
        using var reader = new CsvReader(new StreamReader(new MemoryStream(csv), Encoding.UTF8),
            new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Parser.Record!);
        return rows;
    }
}

public sealed class SqliteImpactTests : ImpactScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerImpactTests : ImpactScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
