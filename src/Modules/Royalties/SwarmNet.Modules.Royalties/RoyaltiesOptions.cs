using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SwarmNet.Modules.Royalties;

/// <summary>
/// The module's settings (section <c>Royalties</c>): the default declaration and payment delays, the ECB refinancing
/// rate per half-year for late-payment interest, and the account numbers of the FEC export.
/// </summary>
internal sealed class RoyaltiesOptions
{
    public int DeclarationDueDays { get; init; } = 15;

    public int PaymentDays { get; init; } = 30;

    /// <summary>ECB main refinancing rate in force on 1 January ("2026-H1") and 1 July ("2026-H2"), in percent.</summary>
    public IReadOnlyDictionary<string, decimal> EcbRates { get; init; } = DefaultEcbRates;

    public AccountPlan Accounts { get; init; } = new();

    public static readonly IReadOnlyDictionary<string, decimal> DefaultEcbRates = new Dictionary<string, decimal>
    {
        ["2023-H1"] = 2.50m, ["2023-H2"] = 4.00m, ["2024-H1"] = 4.50m, ["2024-H2"] = 4.25m,
        ["2025-H1"] = 3.15m, ["2025-H2"] = 2.15m, ["2026-H1"] = 2.15m, ["2026-H2"] = 2.15m,
    };

    public static RoyaltiesOptions From(IConfiguration? configuration)
    {
        var section = configuration?.GetSection("Royalties");
        if (section is null || !section.Exists())
            return new RoyaltiesOptions();
        var rates = new Dictionary<string, decimal>(DefaultEcbRates);
        foreach (var child in section.GetSection("EcbRates").GetChildren())
            rates[child.Key] = decimal.Parse(child.Value!, CultureInfo.InvariantCulture);
        var accounts = new AccountPlan();
        section.GetSection("Accounts").Bind(accounts);
        return new RoyaltiesOptions
        {
            DeclarationDueDays = section.GetValue("DeclarationDueDays", 15),
            PaymentDays = section.GetValue("PaymentDays", 30),
            EcbRates = rates,
            Accounts = accounts,
        };
    }
}

/// <summary>The general-ledger accounts of the FEC, per kind of line (French chart of accounts by default).</summary>
internal sealed class AccountPlan
{
    public string Royalty { get; set; } = "706100";
    public string Marketing { get; set; } = "708700";
    public string Fee { get; set; } = "706200";
    public string LateInterest { get; set; } = "763100";
    public string RecoveryIndemnity { get; set; } = "758000";
    public string Vat { get; set; } = "445710";
    public string Customers { get; set; } = "411000";
    public string Bank { get; set; } = "512000";
    public string SalesJournal { get; set; } = "VE";
    public string BankJournal { get; set; } = "BQ";
}
