using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;

namespace SwarmNet.BuildingBlocks.Data;

/// <summary>
/// The scope's one connection and, inside a command, its one transaction. Handlers query through it so that
/// everything a command writes (its rows, its outbox events) commits or rolls back together.
/// </summary>
public sealed class DbSession(DbConnectionFactory factory, ITransactionLocks locks) : IAsyncDisposable, IDisposable
{
    private static readonly ConcurrentDictionary<(DatabaseProvider, string), string> Rendered = new();
    private readonly List<Action> _afterCommit = [];
    private DbConnection? _connection;

    public ISqlDialect Dialect => factory.Dialect;

    public DbTransaction? Transaction { get; private set; }

    public async Task<DbConnection> ConnectionAsync(CancellationToken ct = default) =>
        _connection ??= await factory.OpenAsync(ct);

    public async Task BeginAsync(CancellationToken ct)
    {
        if (Transaction is not null)
            throw new InvalidOperationException("A transaction is already open in this scope.");
        var connection = await ConnectionAsync(ct);
        Transaction = await connection.BeginTransactionAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction to commit.");
        await transaction.CommitAsync(ct);
        await transaction.DisposeAsync();
        Transaction = null;
        foreach (var action in _afterCommit)
            action();
        _afterCommit.Clear();
    }

    public async Task RollbackAsync()
    {
        if (Transaction is null)
            return;
        await Transaction.RollbackAsync(CancellationToken.None);
        await Transaction.DisposeAsync();
        Transaction = null;
        _afterCommit.Clear();
    }

    /// <summary>
    /// Serialises commands that check then write the same thing (e.g. "no other exclusive licence here") across hosts:
    /// a lock on <paramref name="resource"/> until this transaction ends. False when it could not be had in time.
    /// </summary>
    public Task<bool> LockAsync(string resource, CancellationToken ct) => Transaction is null
        ? throw new InvalidOperationException("A lock is taken inside a command's transaction.")
        : locks.TryTakeAsync(this, resource, ct);

    /// <summary>Runs after the current transaction commits (e.g. wake the outbox dispatcher); dropped on rollback.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param = null, CancellationToken ct = default) =>
        (await (await ConnectionAsync(ct)).QueryAsync<T>(Command(sql, param, ct))).AsList();

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? param = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).QuerySingleOrDefaultAsync<T>(Command(sql, param, ct));

    public async Task<T> ExecuteScalarAsync<T>(string sql, object? param = null, CancellationToken ct = default) =>
        (await (await ConnectionAsync(ct)).ExecuteScalarAsync<T>(Command(sql, param, ct)))!;

    public async Task<int> ExecuteAsync(string sql, object? param = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).ExecuteAsync(Command(sql, param, ct));

    private CommandDefinition Command(string sql, object? param, CancellationToken ct) =>
        new(Rendered.GetOrAdd((Dialect.Provider, sql), key => Dialect.Render(key.Item2)), param, Transaction, cancellationToken: ct);

    /// <summary>For scopes disposed synchronously: an open transaction rolls back with the connection.</summary>
    public void Dispose()
    {
        Transaction?.Dispose();
        Transaction = null;
        _connection?.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
            await RollbackAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }
}
