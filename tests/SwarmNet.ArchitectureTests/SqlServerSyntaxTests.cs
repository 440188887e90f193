using Microsoft.SqlServer.TransactSql.ScriptDom;
using SwarmNet.BuildingBlocks.Data;
using Xunit;

namespace SwarmNet.ArchitectureTests;

/// <summary>No SQL Server runs here: every T-SQL script and query string is parsed by ScriptDom instead.</summary>
public sealed class SqlServerSyntaxTests
{
    [Fact]
    public void Every_sql_server_migration_script_parses()
    {
        var scripts = SqlCatalog.Scripts(DatabaseProvider.SqlServer);
        Assert.Contains(scripts, s => s.Module == "network");
        Assert.Contains(scripts, s => s.Module == "platform");
        var dialect = SqlDialects.For(DatabaseProvider.SqlServer);
        foreach (var script in scripts)
            foreach (var batch in dialect.SplitScript(script.Sql))
                AssertParses($"{script.Module}/{script.Name}", batch);
    }

    [Fact]
    public void Every_query_string_parses_as_t_sql()
    {
        var statements = SqlCatalog.Statements.Where(s => s.OnlyFor != DatabaseProvider.Sqlite).ToList();
        Assert.True(statements.Count >= 10, $"only {statements.Count} SQL strings found: is the naming convention broken?");
        foreach (var statement in statements)
            AssertParses(statement.Name, SqlCatalog.Render(statement, DatabaseProvider.SqlServer));
    }

    [Fact]
    public void The_parser_rejects_sqlite_only_syntax()
    {
        var errors = Parse("SELECT id FROM t ORDER BY id LIMIT @Take OFFSET @Skip");
        Assert.NotEmpty(errors);
    }

    private static void AssertParses(string name, string sql)
    {
        var errors = Parse(sql);
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n{sql}");
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
