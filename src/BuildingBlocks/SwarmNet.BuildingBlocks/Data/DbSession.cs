using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;
using SwarmNet.BuildingBlocks.Errors;

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
    private bool _holdsWriterGate;
    private bool _durable;

    public ISqlDialect Dialect => factory.Dialect;

    public DbTransaction? Transaction { get; private set; }

    public async Task<DbConnection> ConnectionAsync(CancellationToken ct = default) =>
        _connection ??= await factory.OpenAsync(ct);

    /// <summary>
    /// Opens the command's transaction. Where the database has one writer, first waits its turn in the host's queue
    /// (<see cref="ServiceBusyException"/> when the wait runs out). <paramref name="durable"/>: the commit reaches the
    /// disk before returning (money, signatures; docs/adr/0053).
    /// </summary>
    public async Task BeginAsync(CancellationToken ct, bool durable = false)
    {
        if (Transaction is not null)
            throw new InvalidOperationException("A transaction is already open in this scope.");
        var connection = await ConnectionAsync(ct);
        if (factory.Writers is { } writers)
        {
            if (!await writers.EnterAsync(ct))
                throw new ServiceBusyException();
            _holdsWriterGate = true;
        }
        try
        {
            if (durable)
                await Dialect.SetDurableCommitAsync(connection, true, ct);
            _durable = durable;
            Transaction = await connection.BeginTransactionAsync(ct);
        }
        catch
        {
            await EndAsync();
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        var transaction = Transaction ?? throw new InvalidOperationException("No transaction to commit.");
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch
        {
            _afterCommit.Clear();
            throw;
        }
        finally
        {
            await transaction.DisposeAsync();
            Transaction = null;
            await EndAsync();
        }
        foreach (var action in _afterCommit)
            action();
        _afterCommit.Clear();
    }

    public async Task RollbackAsync()
    {
        if (Transaction is null)
            return;
        try
        {
            await Transaction.RollbackAsync(CancellationToken.None);
        }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
            _afterCommit.Clear();
            await EndAsync();
        }
    }

    // After the transaction, whatever happened: the connection back to NORMAL (pooled connections keep pragmas) and
    // the next writer's turn.
    private async Task EndAsync()
    {
        try
        {
            if (_durable && _connection is not null)
                await Dialect.SetDurableCommitAsync(_connection, false, CancellationToken.None);
        }
        catch (DbException)
        {
            // A broken connection is not reused with the flag: the pool discards it.
        }
        finally
        {
            _durable = false;
            if (_holdsWriterGate)
            {
                _holdsWriterGate = false;
                factory.Writers!.Leave();
            }
        }
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
        if (_holdsWriterGate)
        {
            _holdsWriterGate = false;
            factory.Writers!.Leave();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
            await RollbackAsync();
        if (_connection is not null)
            await _connection.DisposeAsync();
    }
}
