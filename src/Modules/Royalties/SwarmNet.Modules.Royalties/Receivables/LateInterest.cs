using System.Globalization;
using SwarmNet.BuildingBlocks.Money;

namespace SwarmNet.Modules.Royalties.Receivables;

/// <summary>
/// Code de commerce L441-10: an invoice unpaid at its due date bears interest from the next day at the rate the contract
/// sets, or else the ECB refinancing rate of the half-year (in force on 1 January or 1 July) plus 10 points, on the
/// balance still due each day (actual/365); and a fixed €40 recovery indemnity per invoice paid late. Pure.
/// </summary>
internal static class LateInterest
{
    public const decimal RecoveryIndemnity = 40.00m;
    public const decimal LegalMarginPoints = 10m;

    public sealed record Charges(int DaysLate, decimal Interest, decimal Indemnity, decimal AnnualRate, bool ContractRate);

    public static Charges? Compute(decimal total, IReadOnlyList<(DateOnly On, decimal Amount)> payments, DateOnly dueOn, DateOnly asOf,
        decimal? contractRate, IReadOnlyDictionary<string, decimal> ecbRates)
    {
        if (total <= 0m || asOf <= dueOn || Balance(total, payments, dueOn.AddDays(1)) <= 0m)
            return null;
        var interest = 0m;
        var daysLate = 0;
        for (var day = dueOn.AddDays(1); day <= asOf; day = day.AddDays(1))
        {
            var balance = Balance(total, payments, day);
            if (balance <= 0m)
                break;
            daysLate++;
            interest += balance * RateOn(day, contractRate, ecbRates) / 365m;
        }
        return new Charges(daysLate, Money.Round2(interest), RecoveryIndemnity, RateOn(asOf, contractRate, ecbRates), contractRate is not null);
    }

    /// <summary>The annual rate on a day, as a fraction (0.1215 for 12.15 %).</summary>
    public static decimal RateOn(DateOnly day, decimal? contractRate, IReadOnlyDictionary<string, decimal> ecbRates) =>
        contractRate ?? (EcbRate(day, ecbRates) + LegalMarginPoints) / 100m;

    /// <summary>The half-year's ECB rate, or the latest one set before it when the setting has none yet.</summary>
    public static decimal EcbRate(DateOnly day, IReadOnlyDictionary<string, decimal> ecbRates)
    {
        var key = HalfYear(day);
        return ecbRates.TryGetValue(key, out var rate) ? rate
            : ecbRates.Where(r => string.CompareOrdinal(r.Key, key) < 0).OrderByDescending(r => r.Key, StringComparer.Ordinal).Select(r => r.Value).FirstOrDefault();
    }

    public static string HalfYear(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture) + (day.Month <= 6 ? "-H1" : "-H2");

    // A payment made on a day stops the interest on what it paid from that day on.
    private static decimal Balance(decimal total, IReadOnlyList<(DateOnly On, decimal Amount)> payments, DateOnly day) =>
        total - payments.Where(p => p.On <= day).Sum(p => p.Amount);
}
