using System.Collections.Concurrent;

namespace SwarmNet.ContractKernel.Records;

/// <summary>
/// The kernel's SQL names tables and columns by tokens, filled per module: <c>{{CONTRACTS}}</c> (the contract table),
/// <c>{{P}}</c> (the prefix: <c>{{P}}_history</c>), <c>{{CONTRACT_ID}}</c> (the child tables' key), <c>{{GRANTEE}}</c>
/// (the grantee's column stem), <c>{{VISIBLE}}</c> (who sees a contract, <see cref="ContractKindInfo.Visible"/>), <c>{{TITLE}}</c> (the
/// column of alias <c>c</c> naming a contract, or NULL). The architecture tests render every kernel statement for every module that uses it.
/// </summary>
public static class ContractSql
{
    private static readonly ConcurrentDictionary<(ContractKindInfo, string), string> Rendered = new();

    public static string Render(ContractKindInfo info, string sql) => Rendered.GetOrAdd((info, sql), key => key.Item2
        .Replace("{{VISIBLE}}", key.Item1.Visible, StringComparison.Ordinal)
        .Replace("{{CONTRACTS}}", key.Item1.ContractsTable, StringComparison.Ordinal)
        .Replace("{{CONTRACT_ID}}", key.Item1.IdColumn, StringComparison.Ordinal)
        .Replace("{{GRANTEE}}", key.Item1.GranteeColumn, StringComparison.Ordinal)
        .Replace("{{TITLE}}", key.Item1.TitleColumn is { } title ? $"c.{title}" : "NULL", StringComparison.Ordinal)
        .Replace("{{P}}", key.Item1.Prefix, StringComparison.Ordinal));
}
