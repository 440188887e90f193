namespace SwarmNet.Modules.Royalties.Engine;

/// <summary>
/// Declared revenue per period and column: column 0 is the total of every category, column i + 1 the category
/// that components name as Categories[i]. Reusable across contracts so a batch allocates it once.
/// </summary>
internal sealed class RevenueMatrix
{
    private decimal[] values = [];
    private bool[] declared = [];

    public int Columns { get; private set; }

    public void Reset(int periods, int columns)
    {
        Columns = columns;
        if (values.Length < periods * columns)
        {
            values = new decimal[periods * columns];
        }

        if (declared.Length < periods)
        {
            declared = new bool[periods];
        }

        Array.Clear(values, 0, periods * columns);
        Array.Clear(declared, 0, periods);
    }

    /// <summary>Books a declared category's revenue in column 0 and, when a component names it, in its own column.</summary>
    public void Add(int period, int column, decimal revenue)
    {
        declared[period] = true;
        values[period * Columns] += revenue;
        if (column > 0)
        {
            values[(period * Columns) + column] += revenue;
        }
    }

    public void MarkDeclared(int period) => declared[period] = true;

    public bool IsDeclared(int period) => declared[period];

    public decimal Total(int period) => values[period * Columns];

    /// <summary>B of a component: the sum of its columns, or the total when it takes every category.</summary>
    public decimal Base(int period, int[]? columns)
    {
        var row = period * Columns;
        if (columns is null)
        {
            return values[row];
        }

        var sum = 0m;
        foreach (var column in columns)
        {
            sum += values[row + column];
        }

        return sum;
    }
}
