using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.ArchitectureTests;

/// <summary>Both dialects build the same schema; every SQLite statement compiles against it; modules keep to their tables.</summary>
public sealed class SchemaTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private readonly List<(string Module, string Table)> _sqliteTables = [];
    private SqliteConnection _connection = null!;

    /// <summary>Migrates script by script, noting the tables each one created as SQLite names them (quoted or not).</summary>
    public async Task InitializeAsync()
    {
        _connection = new SqliteConnection(_database.ConnectionString);
        await _connection.OpenAsync();
        foreach (var script in SqlCatalog.Scripts(DatabaseProvider.Sqlite))
        {
            var before = (await TablesAsync()).ToHashSet(StringComparer.Ordinal);
            await _connection.ExecuteAsync(script.Sql);
            _sqliteTables.AddRange((await TablesAsync()).Where(t => !before.Contains(t)).Select(t => (script.Module, t)));
        }
    }

    private Task<IEnumerable<string>> TablesAsync() =>
        _connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Both_dialects_create_the_same_tables_and_columns()
    {
        var sqlite = (await _connection.QueryAsync<(string Table, string Column)>("""
            SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
            """)).Select(c => $"{c.Table}.{c.Column}").Order().ToList();
        var sqlServer = SqlServerColumns().Order().ToList();

        Assert.Contains("network_organizations.siret", sqlite);
        Assert.Equal(sqlite, sqlServer);
    }

    [Fact]
    public void Every_sqlite_statement_compiles_against_the_migrated_schema()
    {
        var statements = SqlCatalog.Statements.Where(s => s.OnlyFor != DatabaseProvider.SqlServer && !s.Name.Contains("Migration", StringComparison.Ordinal)).ToList();
        Assert.True(statements.Count >= 10, $"only {statements.Count} SQL strings found");
        foreach (var statement in statements)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = SqlCatalog.Render(statement, DatabaseProvider.Sqlite);
            var error = Record.Exception(command.Prepare);
            Assert.True(error is null, $"{statement.Name}: {error?.Message}");
        }
    }

    [Fact]
    public void Every_sort_slot_is_filled_by_fragments_its_type_declares()
    {
        Assert.True(SqlCatalog.SlotsWithoutFragments.Count == 0,
            $"{{{{ORDER}}}} without a static OrderBy dictionary beside it: {string.Join(", ", SqlCatalog.SlotsWithoutFragments)}");
        Assert.Contains(SqlCatalog.Statements, s => s.Name.EndsWith("sorted by -name", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_carry_their_module_prefix_and_modules_query_only_their_own()
    {
        var tables = _sqliteTables.Concat(SqlServerTables()).Distinct().ToList();
        Assert.Contains(tables, t => t.Table == "network_organizations");
        Assert.Contains(tables, t => t.Table == "platform_outbox");
        var unprefixed = tables.Where(t => !t.Table.StartsWith(t.Module + "_", StringComparison.Ordinal)).ToList();
        Assert.True(unprefixed.Count == 0, $"tables without their module's prefix: {string.Join(", ", unprefixed.Select(t => $"{t.Module}: {t.Table}"))}");

        var checkedStatements = 0;
        foreach (var statement in SqlCatalog.Statements.Where(s => s.Owner != "Platform"))
        {
            var foreign = tables.Where(t => t.Module != statement.Owner.ToLowerInvariant()
                                            && Regex.IsMatch(statement.Sql, $@"\b{t.Table}\b")).Select(t => t.Table).ToList();
            Assert.True(foreign.Count == 0, $"{statement.Owner} {statement.Name} touches {string.Join(", ", foreign)}: ask the owning module.");
            checkedStatements++;
        }
        Assert.True(checkedStatements > 0);
    }

    /// <summary>The tables each SQL Server script creates, as ScriptDom reads their names ([quoted] or "quoted" alike).</summary>
    private static IEnumerable<(string Module, string Table)> SqlServerTables()
    {
        var dialect = SqlDialects.For(DatabaseProvider.SqlServer);
        foreach (var script in SqlCatalog.Scripts(DatabaseProvider.SqlServer))
        {
            var visitor = new ColumnCollector();
            foreach (var batch in dialect.SplitScript(script.Sql))
            {
                using var reader = new StringReader(batch);
                new TSql160Parser(true).Parse(reader, out _).Accept(visitor);
            }
            foreach (var table in visitor.Tables)
                yield return (script.Module, table);
        }
    }

    private static IEnumerable<string> SqlServerColumns()
    {
        var visitor = new ColumnCollector();
        var dialect = SqlDialects.For(DatabaseProvider.SqlServer);
        foreach (var batch in SqlCatalog.Scripts(DatabaseProvider.SqlServer).SelectMany(s => dialect.SplitScript(s.Sql)))
        {
            using var reader = new StringReader(batch);
            new TSql160Parser(true).Parse(reader, out _).Accept(visitor);
        }
        return visitor.Columns;
    }

    private sealed class ColumnCollector : TSqlFragmentVisitor
    {
        public List<string> Columns { get; } = [];

        public List<string> Tables { get; } = [];

        public override void Visit(CreateTableStatement node)
        {
            Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
            Columns.AddRange(node.Definition.ColumnDefinitions.Select(c => $"{node.SchemaObjectName.BaseIdentifier.Value}.{c.ColumnIdentifier.Value}"));
        }

        public override void Visit(AlterTableAddTableElementStatement node) =>
            Columns.AddRange(node.Definition.ColumnDefinitions.Select(c => $"{node.SchemaObjectName.BaseIdentifier.Value}.{c.ColumnIdentifier.Value}"));
    }
}
