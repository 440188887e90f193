using System.Reflection;
using System.Text.RegularExpressions;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Migrations;

namespace SwarmNet.ArchitectureTests;

/// <summary>
/// Every SQL string in the code: by convention a <c>const string</c> whose name ends in "Sql". A name starting with
/// "Sqlite" or "SqlServer" is for that dialect only; any other is portable and checked in both.
/// </summary>
internal static partial class SqlCatalog
{
    public sealed record Statement(string Owner, string Name, string Sql, DatabaseProvider? OnlyFor);

    public static IReadOnlyList<(string Owner, Assembly Assembly)> Assemblies { get; } =
        Solution.Modules.Select(m => (m.Key, m.Value)).Append(("Platform", Solution.BuildingBlocks)).ToList();

    /// <summary>The kernel's statements, as each contract module runs them: tokens filled with its tables (<see cref="ContractKernel.Records.ContractSql"/>).</summary>
    public static IReadOnlyList<Statement> KernelStatements { get; } = Solution.ContractKinds
        .SelectMany(k => SqlFields(Solution.Kernel).Select(f =>
            new Statement(k.Module, $"kernel {f.Name} for {k.Module}", ContractKernel.Records.ContractSql.Render(k.Info, f.Sql), DialectOf(f.Field))))
        .ToList();

    public static IReadOnlyList<Statement> Statements { get; } = Assemblies
        .SelectMany(a => SqlFields(a.Assembly).Select(f => new Statement(a.Owner, f.Name, f.Sql, DialectOf(f.Field))))
        .Concat(KernelStatements)
        .ToList();

    private static IEnumerable<(string Name, string Field, string Sql)> SqlFields(Assembly assembly) => assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal))
            .Select(f => ($"{t.Name}.{f.Name}", f.Name, (string)f.GetRawConstantValue()!)));

    /// <summary>Fills the tokens; Dapper's list parameters (<c>IN @Ids</c>, expanded at run time) are checked as <c>IN (@Ids)</c>.</summary>
    public static string Render(Statement statement, DatabaseProvider provider) =>
        SqlDialects.For(provider).Render(ListParameter().Replace(statement.Sql.Replace("{{ORDER}}", "1", StringComparison.Ordinal), "IN ($1)"));

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
