using System.Data.Common;

namespace SwarmNet.BuildingBlocks.Data;

/// <summary>Opens ready-to-use connections for the configured provider.</summary>
public sealed class DbConnectionFactory(DatabaseOptions options)
{
    public ISqlDialect Dialect { get; } = SqlDialects.For(options.Provider);

    public string ConnectionString => options.ConnectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = Dialect.CreateConnection(options.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await Dialect.PrepareConnectionAsync(connection, ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
