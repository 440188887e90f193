namespace SwarmNet.ContractKernel.Terms;

/// <summary>
/// Answers a module's "terms in force" query (GetLicenceTermsInForce…). Not filtered by actor: the modules that ask
/// (Royalties, Obligations) have checked their own actor; the HTTP route checks visibility first.
/// </summary>
public sealed class ContractTermsInForce<TKind>(ContractDb<TKind> db, ContractStore<TKind> store) where TKind : IContractKind
{
    public async Task<TermsInForceDto> ReadAsync(Guid contractId, DateOnly on, CancellationToken ct)
    {
        var contract = await store.LoadAsync(contractId, ct) ?? throw ContractAccess.NotFound(TKind.Info.Noun);
        var amendments = await db.QueryAsync<TermsResolution.SignedAmendment>(SelectSql, new { contract.Id, On = on }, ct);
        return TermsResolution.Resolve(TKind.Info, contract, amendments, on);
    }

    internal const string SelectSql = """
        SELECT number, effective_date, royalty_terms, obligation_terms FROM {{P}}_amendments
        WHERE {{CONTRACT_ID}} = @Id AND signed_at IS NOT NULL AND effective_date <= @On ORDER BY number
        """;
}
