using System.Data.Common;

namespace SwarmNet.BuildingBlocks.Data;

/// <summary>Opens ready-to-use connections for the configured provider.</summary>
public sealed class DbConnectionFactory
{
    private readonly DatabaseOptions _options;

    public DbConnectionFactory(DatabaseOptions options)
    {
        _options = options;
        Dialect = SqlDialects.For(options.Provider);
        Writers = Dialect.SingleWriterWait(options.ConnectionString) is { } wait ? new WriterGate(wait) : null;
    }

    public ISqlDialect Dialect { get; }

    public string ConnectionString => _options.ConnectionString;

    /// <summary>Where the database has a single writer, the queue commands wait in before they begin.</summary>
    internal WriterGate? Writers { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken ct = default)
    {
        var connection = Dialect.CreateConnection(_options.ConnectionString);
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
