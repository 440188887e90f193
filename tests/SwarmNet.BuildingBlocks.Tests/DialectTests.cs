using Microsoft.Extensions.Configuration;
using SwarmNet.BuildingBlocks.Data;
using Xunit;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class DialectTests
{
    [Fact]
    public void Paging_token_renders_per_dialect()
    {
        const string sql = "SELECT id FROM t ORDER BY id {{PAGE}}";
        Assert.Equal("SELECT id FROM t ORDER BY id LIMIT @Take OFFSET @Skip", SqlDialects.For(DatabaseProvider.Sqlite).Render(sql));
        Assert.Equal("SELECT id FROM t ORDER BY id OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY", SqlDialects.For(DatabaseProvider.SqlServer).Render(sql));
    }

    [Fact]
    public void Sql_server_scripts_split_on_go_lines_only()
    {
        var batches = SqlDialects.For(DatabaseProvider.SqlServer)
            .SplitScript("CREATE TABLE a (x INT);\nGO\nCREATE TABLE good (y INT);\n  go  \nSELECT 1").ToList();
        Assert.Equal(3, batches.Count);
        Assert.Contains("good", batches[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_provider_setting_is_a_clear_error()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => PlatformRegistration.ReadDatabaseOptions(configuration));
        Assert.Contains("Oracle", error.Message, StringComparison.Ordinal);
    }
}
