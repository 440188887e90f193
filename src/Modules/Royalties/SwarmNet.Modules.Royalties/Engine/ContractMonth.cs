namespace SwarmNet.Modules.Royalties.Engine;

internal static class ContractMonth
{
    /// <summary>
    /// m = n + 1 for the largest n with effectiveDate.AddMonths(n) &lt;= date. The month difference is the only
    /// candidate besides the one before it, because AddMonths(n) always falls in that calendar month.
    /// </summary>
    public static int Of(DateOnly effectiveDate, DateOnly date)
    {
        var n = ((date.Year - effectiveDate.Year) * 12) + date.Month - effectiveDate.Month;
        if (effectiveDate.AddMonths(n) > date)
        {
            n--;
        }

        return n + 1;
    }
}
