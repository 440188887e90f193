using System.Globalization;
using System.Text;

namespace SwarmNet.Modules.Royalties.Exports;

/// <summary>One line of a FEC entry: an account, debit or credit, the debtor as auxiliary account when it is 411.</summary>
internal sealed record FecLine(string Account, string AccountLabel, string? AuxNumber, string? AuxLabel, decimal Debit, decimal Credit);

/// <summary>One balanced entry: a journal, a date, a piece (the invoice number or payment reference), a wording.</summary>
internal sealed record FecEntry(string Journal, string JournalLabel, DateOnly Date, string PieceRef, DateOnly PieceDate, string Label, IReadOnlyList<FecLine> Lines);

/// <summary>
/// Fichier des écritures comptables (article A47 A-1 of the Livre des procédures fiscales): the 18 columns in their order,
/// tab-separated, dates yyyyMMdd, amounts with a decimal comma, entries numbered 1, 2, 3… in date order.
/// </summary>
internal static class FecWriter
{
    public static readonly string[] Columns =
    [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate",
        "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
    ];

    public static byte[] Write(IEnumerable<FecEntry> entries)
    {
        var text = new StringBuilder(string.Join('\t', Columns)).Append("\r\n");
        var number = 0;
        foreach (var entry in entries.OrderBy(e => e.Date).ThenBy(e => e.Journal, StringComparer.Ordinal).ThenBy(e => e.PieceRef, StringComparer.Ordinal))
        {
            number++;
            foreach (var line in entry.Lines)
            {
                text.AppendJoin('\t', entry.Journal, entry.JournalLabel, number.ToString(CultureInfo.InvariantCulture), Date(entry.Date), line.Account,
                    Clean(line.AccountLabel), line.AuxNumber ?? "", Clean(line.AuxLabel), Clean(entry.PieceRef), Date(entry.PieceDate), Clean(entry.Label),
                    Amount(line.Debit), Amount(line.Credit), "", "", Date(entry.Date), "", "").Append("\r\n");
            }
        }
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>A signed amount on the side it belongs: positive on <paramref name="debitSide"/>, negative on the other.</summary>
    public static FecLine Line(string account, string label, decimal amount, bool debitSide, string? aux = null, string? auxLabel = null) =>
        (amount >= 0m) == debitSide
            ? new FecLine(account, label, aux, auxLabel, Math.Abs(amount), 0m)
            : new FecLine(account, label, aux, auxLabel, 0m, Math.Abs(amount));

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.GetCultureInfo("fr-FR"));

    // A tab or a line break inside a wording would break the columns.
    private static string Clean(string? value) => (value ?? "").Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
