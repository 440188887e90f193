using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using SwarmNet.BuildingBlocks.Csv;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

/// <summary>The shared CSV writer, read back as Excel in French would: BOM, ';', decimal comma, formulas neutralised.</summary>
public sealed class ExcelCsvTests
{
    [Fact]
    public void Excel_in_french_reads_it_as_written_and_runs_no_formula()
    {
        var bytes = ExcelCsv.Write(["Libellé", "Valeur", "Date"],
        [
            [CsvCells.Text("=cmd|' /C calc'!A0"), CsvCells.Number(12.5m), CsvCells.Date(new DateOnly(2026, 3, 31))],
            [CsvCells.Text("Femmes; réfugiées \"accueillies\""), CsvCells.Number(-3m), CsvCells.Amount(1234.5m)],
            [CsvCells.Text("+33 5 59"), CsvCells.Number(null), CsvCells.Text("@SUM(A1)")],
        ]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        using var reader = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR"))
        {
            Delimiter = ";", HasHeaderRecord = false,
        });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Parser.Record!);
        Assert.Equal(["Libellé", "Valeur", "Date"], rows[0]);
        Assert.Equal(["'=cmd|' /C calc'!A0", "12,5", "31/03/2026"], rows[1]);
        Assert.Equal(["Femmes; réfugiées \"accueillies\"", "-3", "1234,50"], rows[2]);
        Assert.Equal(["'+33 5 59", "", "'@SUM(A1)"], rows[3]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
