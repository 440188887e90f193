using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Declarations;
using SwarmNet.Modules.Royalties.Exports;
using SwarmNet.Modules.Royalties.Invoices;
using SwarmNet.Modules.Royalties.Statements;
using Xunit;
using static SwarmNet.Modules.Royalties.Tests.Build;

namespace SwarmNet.Modules.Royalties.Tests;

/// <summary>The CSV and FEC files, read back the way a spreadsheet and an auditor's tool would; the invoice PDF.</summary>
public sealed class ExportTests : IAsyncLifetime
{
    private RoyaltyWorld _w = null!;
    private Guid _agreement;
    private IReadOnlyList<StatementSummaryDto> _issued = [];

    private static RoyaltyTerms Terms => Build.Terms("2026-01-01", "monthly", "contract", null,
        Percentage(0.05m, "royalty", "=SOMME(A1:A2)", "livraison"), Fixed(150m, account: "fee"), Percentage(0.01m, "marketing", "Fonds de communication"));

    public async Task InitializeAsync()
    {
        _w = await RoyaltyWorld.StartAsync(configure: s => s.AddSingleton(new RoyaltiesOptions { Accounts = new AccountPlan { Royalty = "706", Marketing = "7087" } }));
        _agreement = await _w.AgreementAsync(Terms);
        var september = await _w.DeclareAsync(_agreement, "2026-09-01", 8000m);
        await _w.DeclareAsync(_agreement, "2026-10-01", 2000m);
        foreach (var statement in await _w.StatementsAsync(_agreement))
            await _w.IssueAsync(statement.Id);
        await _w.Services.SendAsync(new RecordPayment((await _w.StatementsAsync(_agreement))[0].Id, D("2026-11-23"), 300m, "VIR-1"), _w.Accountant);
        await _w.Services.SendAsync(new CorrectDeclaration(september.Id, 1, new Dictionary<string, decimal> { ["livraison"] = 6000m }, false, RoyaltyWorld.Sworn), _w.Step);
        await _w.IssueAsync((await _w.StatementsAsync(_agreement, "adjustment"))[0].Id);
        _issued = await _w.StatementsAsync(_agreement, null);
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task The_statements_csv_opens_in_a_french_spreadsheet_as_is()
    {
        var file = await _w.Services.SendAsync(new ExportStatementsCsv(_w.F.Head.Id, D("2026-01-01"), D("2026-12-31")), _w.Accountant);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file.Content.Take(3));
        var rows = Read(file.Content);
        Assert.Equal(ExportStatementsCsvHandler.Header, rows[0]);
        Assert.Equal(3, rows.Count - 1);
        var credit = rows.Single(r => r[1] == "adjustment");
        Assert.Equal(("2026-00003", "01/09/2026", "23/11/2026", "-144,00"), (credit[0], credit[5], credit[8], credit[12])); // a negative amount stays a number
        Assert.Equal(("756,00", "300,00", "456,00"), (rows[1][12], rows[1][13], rows[1][14]));
    }

    [Fact]
    public async Task The_lines_csv_neutralises_formulas()
    {
        var file = await _w.Services.SendAsync(new ExportLinesCsv(_w.F.Head.Id, D("2026-01-01"), D("2026-12-31")), _w.Accountant);
        var rows = Read(file.Content);
        Assert.Equal(ExportLinesCsvHandler.Header, rows[0]);
        Assert.Contains(rows, r => r[6] == "'=SOMME(A1:A2)" && r[8] == "8000,00" && r[9] == "400,00");
    }

    [Fact]
    public async Task The_fec_has_the_standard_columns_balanced_entries_and_continuous_numbers()
    {
        var file = await _w.Services.SendAsync(new ExportFec(_w.F.Head.Id, D("2026-11-01"), D("2026-11-30")), _w.Accountant);
        var lines = Encoding.UTF8.GetString(file.Content).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(FecWriter.Columns, lines[0]);
        Assert.Equal(["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate",
            "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"], lines[0]);
        var body = lines.Skip(1).ToList();
        Assert.All(body, l => Assert.Equal(18, l.Length));
        Assert.All(body, l => DateOnly.ParseExact(l[3], "yyyyMMdd", CultureInfo.InvariantCulture));
        decimal Amount(string text) => decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.GetCultureInfo("fr-FR"));
        var entries = body.GroupBy(l => int.Parse(l[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.Key));
        Assert.All(entries, e => Assert.Equal(e.Sum(l => Amount(l[11])), e.Sum(l => Amount(l[12]))));
        Assert.Equal(4, entries.Count); // three invoices and one payment in November
        Assert.Contains(body, l => l[0] == "VE" && l[4] == "706" && l[12] == "400,00");
        Assert.Contains(body, l => l[0] == "VE" && l[4] == "7087" && l[12] == "80,00");
        Assert.Contains(body, l => l[0] == "VE" && l[4] == "445710" && l[12] == "126,00");
        Assert.Contains(body, l => l[0] == "VE" && l[4] == "411000" && l[6].StartsWith('C') && l[7] == "STEP" && l[11] == "756,00");
        Assert.Contains(body, l => l[0] == "VE" && l[4] == "411000" && l[12] == "144,00"); // the credit note credits the debtor
        Assert.Contains(body, l => l[0] == "BQ" && l[4] == "512000" && l[11] == "300,00" && l[8] == "VIR-1");
    }

    [Fact]
    public async Task An_issued_statement_renders_as_a_pdf_with_its_embedded_font()
    {
        var file = await _w.Services.SendAsync(new DownloadStatementPdf(_issued[0].Id), _w.Step);
        Assert.Equal(("application/pdf", "facture-2026-00001.pdf"), (file.ContentType, file.FileName));
        var text = Encoding.Latin1.GetString(file.Content);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("+Liberation#20Sans", text, StringComparison.Ordinal); // a subset of the embedded font
    }

    [Fact]
    public async Task Exports_belong_to_the_network_head()
    {
        await Assert.ThrowsAsync<BuildingBlocks.Errors.NotFoundException>(() =>
            _w.Services.SendAsync(new ExportFec(_w.F.Head.Id, D("2026-11-01"), D("2026-11-30")), _w.OtherAccountant));
        await Assert.ThrowsAsync<BuildingBlocks.Errors.NotFoundException>(() =>
            _w.Services.SendAsync(new ExportStatementsCsv(_w.F.Head.Id, D("2026-11-01"), D("2026-11-30")), _w.Step));
    }

    private static List<string[]> Read(byte[] content)
    {
        using var reader = new CsvReader(new StreamReader(new MemoryStream(content), Encoding.UTF8),
            new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", HasHeaderRecord = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Parser.Record!);
        return rows;
    }
}
