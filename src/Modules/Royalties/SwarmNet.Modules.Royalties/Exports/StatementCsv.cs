using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>Writes rows as UTF-8 with a byte-order mark, ';'-separated: Excel in French opens it as is.</summary>
internal static class StatementCsv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
               {
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
