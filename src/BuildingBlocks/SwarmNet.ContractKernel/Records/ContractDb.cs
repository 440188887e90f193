using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.ContractKernel.Records;

/// <summary>The scope's <see cref="DbSession"/>, with the kernel's table tokens filled for <typeparamref name="TKind"/>.</summary>
public sealed class ContractDb<TKind>(DbSession session) where TKind : IContractKind
{
    public DbSession Session => session;

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? param, CancellationToken ct) =>
        session.QueryAsync<T>(ContractSql.Render(TKind.Info, sql), param, ct);

    public Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? param, CancellationToken ct) =>
        session.QuerySingleOrDefaultAsync<T>(ContractSql.Render(TKind.Info, sql), param, ct);

    public Task<T> ExecuteScalarAsync<T>(string sql, object? param, CancellationToken ct) =>
        session.ExecuteScalarAsync<T>(ContractSql.Render(TKind.Info, sql), param, ct);

    public Task<int> ExecuteAsync(string sql, object? param, CancellationToken ct) =>
        session.ExecuteAsync(ContractSql.Render(TKind.Info, sql), param, ct);

    /// <summary>The UPDATE is guarded by status and version: a concurrent change makes it a 409, not a lost write.</summary>
    public async Task ApplyAsync(string sql, object param, CancellationToken ct)
    {
        if (await ExecuteAsync(sql, param, ct) == 0)
            throw ContractAccess.Stale(TKind.Info.Noun);
    }
}
