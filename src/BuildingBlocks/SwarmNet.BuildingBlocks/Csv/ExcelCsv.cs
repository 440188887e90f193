using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SwarmNet.BuildingBlocks.Csv;

/// <summary>
/// CSV as Excel in French opens it without a wizard: UTF-8 with a byte-order mark, ';' between cells, CRLF line ends,
/// quotes where a cell needs them (CsvHelper). Cells come already written by <see cref="CsvCells"/>, which neutralises
/// formulas in text and writes numbers with a decimal comma (docs/adr/0105, 0134).
/// </summary>
public static class ExcelCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
               {
                   // Text cells are neutralised by CsvCells, so a negative number we write stays a number.
                   Delimiter = ";", NewLine = "\r\n", InjectionOptions = InjectionOptions.None,
               }))
        {
            foreach (var name in header)
                csv.WriteField(name);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                    csv.WriteField(cell);
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }
}
