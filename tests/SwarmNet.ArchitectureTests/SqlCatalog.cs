using System.Reflection;
using System.Text.RegularExpressions;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Migrations;

namespace SwarmNet.ArchitectureTests;

/// <summary>
/// Every SQL string in the code: by convention a <c>const string</c> whose name ends in "Sql". A name starting with
/// "Sqlite" or "SqlServer" is for that dialect only; any other is portable and checked in both. A string with an
/// <c>{{ORDER}}</c> slot is listed once per sort fragment its type declares (a static string-to-string dictionary
/// named <c>OrderBy</c>, sort key to fragment), so every fragment is compiled and parsed like the rest.
/// </summary>
internal static partial class SqlCatalog
{
    public sealed record Statement(string Owner, string Name, string Sql, DatabaseProvider? OnlyFor);

    public static IReadOnlyList<(string Owner, Assembly Assembly)> Assemblies { get; } =
        Solution.Modules.Select(m => (m.Key, m.Value)).Append(("Platform", Solution.BuildingBlocks)).ToList();

    private const string OrderSlot = "{{ORDER}}";
    private const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    /// <summary>The kernel's statements, as each contract module runs them: tokens filled with its tables (<see cref="ContractKernel.Records.ContractSql"/>).</summary>
    public static IReadOnlyList<Statement> KernelStatements { get; } = Solution.ContractKinds
        .SelectMany(k => SqlFields(Solution.Kernel).SelectMany(f => Sorted(new Statement(k.Module, $"kernel {f.Type.Name}.{f.Field.Name} for {k.Module}",
            ContractKernel.Records.ContractSql.Render(k.Info, (string)f.Field.GetRawConstantValue()!), DialectOf(f.Field.Name)), f.Type)))
        .ToList();

    public static IReadOnlyList<Statement> Statements { get; } = Assemblies
        .SelectMany(a => SqlFields(a.Assembly).SelectMany(f =>
            Sorted(new Statement(a.Owner, $"{f.Type.Name}.{f.Field.Name}", (string)f.Field.GetRawConstantValue()!, DialectOf(f.Field.Name)), f.Type)))
        .Concat(KernelStatements)
        .ToList();

    /// <summary>Statements with an <c>{{ORDER}}</c> slot whose type declares no sort fragment to fill it.</summary>
    public static IReadOnlyList<string> SlotsWithoutFragments => Statements.Where(s => s.Sql.Contains(OrderSlot, StringComparison.Ordinal)).Select(s => s.Name).ToList();

    private static IEnumerable<(Type Type, FieldInfo Field)> SqlFields(Assembly assembly) => assembly.GetTypes()
        .SelectMany(t => t.GetFields(Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal))
            .Select(f => (t, f)));

    /// <summary>Fills the tokens; Dapper's list parameters (<c>IN @Ids</c>, expanded at run time) are checked as <c>IN (@Ids)</c>.</summary>
    public static string Render(Statement statement, DatabaseProvider provider) =>
        SqlDialects.For(provider).Render(ListParameter().Replace(statement.Sql, "IN ($1)"));

    private static IEnumerable<Statement> Sorted(Statement statement, Type type)
    {
        if (!statement.Sql.Contains(OrderSlot, StringComparison.Ordinal))
            return [statement];
        var fragments = type.GetFields(Static).Where(f => f.Name.EndsWith("OrderBy", StringComparison.Ordinal))
            .Select(f => f.GetValue(null)).OfType<IReadOnlyDictionary<string, string>>().SelectMany(d => d).ToList();
        return fragments.Count == 0
            ? [statement]
            : fragments.Select(sort => statement with { Name = $"{statement.Name} sorted by {sort.Key}", Sql = statement.Sql.Replace(OrderSlot, sort.Value, StringComparison.Ordinal) });
    }

    [GeneratedRegex(@"IN (@\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListParameter();

    public static IReadOnlyList<MigrationScript> Scripts(DatabaseProvider provider) => Assemblies
        .SelectMany(a => MigrationSource.FromAssembly(a.Owner.ToLowerInvariant(), a.Assembly).ScriptsFor(provider))
        .ToList();

    private static DatabaseProvider? DialectOf(string name) =>
        name.StartsWith("SqlServer", StringComparison.Ordinal) ? DatabaseProvider.SqlServer
        : name.StartsWith("Sqlite", StringComparison.Ordinal) ? DatabaseProvider.Sqlite
        : null;
}
