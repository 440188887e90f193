namespace SwarmNet.BuildingBlocks.Data;

public enum DatabaseProvider { Sqlite, SqlServer }

/// <summary>Bound from configuration: <c>Database:Provider</c> and <c>ConnectionStrings:SwarmNet</c>.</summary>
public sealed class DatabaseOptions
{
    public const string DefaultSqliteConnectionString = "Data Source=data/swarmnet.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = DefaultSqliteConnectionString;
}
