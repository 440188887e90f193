namespace SwarmNet.BuildingBlocks.Data;

/// <summary>
/// Takes the named lock behind <see cref="DbSession.LockAsync"/>. One implementation per host; tests replace it to make
/// a lock be refused, the path SQLite's single writer never takes by itself (docs/adr/0063).
/// </summary>
public interface ITransactionLocks
{
    Task<bool> TryTakeAsync(DbSession session, string resource, CancellationToken ct);
}

/// <summary><c>sp_getapplock</c> on SQL Server (a negative answer is a refusal); nothing to take on SQLite.</summary>
internal sealed class DialectTransactionLocks : ITransactionLocks
{
    public async Task<bool> TryTakeAsync(DbSession session, string resource, CancellationToken ct) =>
        session.Dialect.TransactionLockSql is not { } sql || await session.ExecuteScalarAsync<int>(sql, new { Resource = resource }, ct) >= 0;
}
