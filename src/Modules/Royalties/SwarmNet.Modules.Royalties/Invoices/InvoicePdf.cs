using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SwarmNet.Modules.Royalties.Agreements;
using SwarmNet.Modules.Royalties.Statements;

namespace SwarmNet.Modules.Royalties.Invoices;

/// <summary>
/// A statement as a PDF a structure can file. Once issued it is a French invoice with the mandatory mentions: both
/// parties' names, addresses and SIREN, number, issue date, period, lines, VAT rate and amount or the exemption mention,
/// due date, the late-payment penalty rate and the €40 recovery indemnity. Always French: it is a legal document.
/// </summary>
internal static class InvoicePdf
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static byte[] Render(StatementDto statement, decimal legalRate)
    {
        EmbeddedFonts.Install();
        var s = statement.Summary;
        using var document = new PdfDocument();
        document.Info.Title = Title(statement);
        var page = new PageWriter(document);
        page.Line(Title(statement), 16, bold: true);
        page.Gap(4);
        if (statement.Parties is { } parties)
        {
            page.Columns(Party("Émetteur", parties.Seller), Party("Client", parties.Buyer));
            page.Line($"Facture n° {s.InvoiceNumber} — émise le {Date(s.IssuedOn)} — échéance le {Date(s.DueOn)}", 10, bold: true);
        }
        else
        {
            page.Columns([$"Tête de réseau : {s.GrantorName}"], [$"Structure : {s.StructureName}"]);
            page.Line($"Relevé non émis ({s.StateLabel}) : ce document n'est pas une facture.", 10, bold: true);
        }
        page.Line($"Marque : {s.Brand} — période du {Date(s.PeriodStart)} au {Date(s.PeriodEnd)}" + (s.Declared ? "" : " — période non déclarée (chiffre d'affaires retenu : 0)"));
        page.Gap(8);
        page.Row("Libellé", "Base", "Montant HT", bold: true);
        foreach (var line in statement.Lines)
        {
            page.Row(line.Label, line.Base is { } b ? Eur(b) : "", Eur(line.Amount));
            if (line.Explanation.Length > 0)
                page.Line("    " + line.Explanation, 7);
        }
        page.Gap(6);
        page.Row("Total HT", "", Eur(s.TotalExclVat), bold: true);
        page.Row(statement.VatExempt ? VatRegimes.ExemptionMention : $"TVA {(statement.VatRate * 100m).ToString("0.##", French)} %", "", Eur(s.Vat));
        page.Row("Total TTC", "", Eur(s.TotalInclVat), bold: true);
        if (s.Paid != 0m)
            page.Row("Déjà réglé", "", Eur(s.Paid));
        page.Gap(10);
        var rate = statement.LateCharges?.AnnualRate ?? legalRate;
        page.Line($"Pénalités de retard : taux annuel de {(rate * 100m).ToString("0.##", French)} % (taux BCE + 10 points sauf taux du contrat), dues dès le lendemain de l'échéance.", 8);
        page.Line("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 € (art. L441-10 et D441-5 du Code de commerce).", 8);
        page.Line("Pas d'escompte pour paiement anticipé.", 8);
        if (statement.LateCharges is { } late)
            page.Line($"Au {Date(late.AsOf)} : {late.DaysLate} jours de retard, pénalités {Eur(late.Interest)}, indemnité {Eur(late.Indemnity)}.", 8, bold: true);
        page.Finish();
        using var buffer = new MemoryStream();
        document.Save(buffer, false);
        return buffer.ToArray();
    }

    private static string Title(StatementDto statement) => statement.Summary.Kind switch
    {
        StatementKinds.Adjustment => statement.Summary.TotalInclVat < 0m ? "Avoir (régularisation de redevances)" : "Facture rectificative (régularisation de redevances)",
        StatementKinds.LatePayment => "Facture de pénalités de retard",
        _ => statement.Summary.InvoiceNumber is null ? "Relevé de redevances" : "Facture de redevances",
    };

    private static string[] Party(string role, Party p) =>
        new[] { $"{role} : {p.Name}", p.Address ?? "", $"{p.PostalCode} {p.City}".Trim(), p.Siren is null ? "SIREN : non renseigné" : $"SIREN : {p.Siren}" }
            .Where(line => line.Length > 0).ToArray();

    private static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Eur(decimal amount) => amount.ToString("#,##0.00", French) + " €";

    /// <summary>Writes top to bottom, starting a new A4 page when the current one is full.</summary>
    private sealed class PageWriter
    {
        private const double Left = 50, Right = 545, Bottom = 790;
        private readonly PdfDocument _document;
        private XGraphics _gfx = null!;
        private double _y;

        public PageWriter(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        public void Line(string text, double size = 9, bool bold = false)
        {
            var font = Font(size, bold);
            foreach (var chunk in Wrap(text, font, Right - Left))
            {
                Room(size + 4);
                _gfx.DrawString(chunk, font, XBrushes.Black, new XRect(Left, _y, Right - Left, size + 4), XStringFormats.TopLeft);
                _y += size + 4;
            }
        }

        public void Row(string label, string middle, string amount, bool bold = false)
        {
            var font = Font(9, bold);
            Room(14);
            _gfx.DrawString(label.Length > 70 ? label[..67] + "…" : label, font, XBrushes.Black, new XRect(Left, _y, 330, 13), XStringFormats.TopLeft);
            _gfx.DrawString(middle, font, XBrushes.Black, new XRect(380, _y, 75, 13), XStringFormats.TopRight);
            _gfx.DrawString(amount, font, XBrushes.Black, new XRect(460, _y, Right - 460, 13), XStringFormats.TopRight);
            _y += 14;
        }

        public void Columns(string[] left, string[] right)
        {
            var top = _y;
            foreach (var text in left)
                Line(text);
            var after = _y;
            _y = top;
            foreach (var text in right)
            {
                _gfx.DrawString(text, Font(9, false), XBrushes.Black, new XRect(310, _y, Right - 310, 13), XStringFormats.TopLeft);
                _y += 13;
            }
            _y = Math.Max(after, _y) + 6;
        }

        public void Gap(double points) => _y += points;

        public void Finish() => _gfx.Dispose();

        private void Room(double height)
        {
            if (_y + height > Bottom)
                NewPage();
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            _gfx = XGraphics.FromPdfPage(_document.AddPage());
            _y = 50;
        }

        private static XFont Font(double size, bool bold) => new(EmbeddedFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

        private IEnumerable<string> Wrap(string text, XFont font, double width)
        {
            var line = "";
            foreach (var word in text.Split(' '))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && _gfx.MeasureString(candidate, font).Width > width)
                {
                    yield return line;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            yield return line;
        }
    }
}
