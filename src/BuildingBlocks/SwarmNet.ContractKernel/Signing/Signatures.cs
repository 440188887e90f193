using SwarmNet.ContractKernel.Parties;

namespace SwarmNet.ContractKernel.Signing;

/// <summary>One party's signature of the contract (amendment 0) or of a numbered amendment.</summary>
public sealed record SignatureDto(int AmendmentNumber, ContractParty Party, Guid OrganizationId, string OrganizationName, Guid? SignedById, string SignedBy, DateTimeOffset SignedAt);

/// <summary>The signatures table of a module, the same for the contract and its amendments.</summary>
public sealed class Signatures<TKind>(ContractDb<TKind> db, ContractHistory<TKind> history, TimeProvider clock) where TKind : IContractKind
{
    public static readonly ContractParty[] AllParties = Enum.GetValues<ContractParty>();

    /// <remarks>Read as text: Dapper maps a single enum column from its number only.</remarks>
    public async Task<IReadOnlyList<ContractParty>> SignedAsync(Guid contractId, int amendment, CancellationToken ct) =>
        (await db.QueryAsync<string>(SelectPartiesSql, new { ContractId = contractId, Amendment = amendment }, ct)).Select(Enum.Parse<ContractParty>).ToList();

    public Task AddAsync(ContractRecord contract, int amendment, ContractParty party, Actor actor, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), ContractId = contract.Id, Amendment = amendment, Party = party.ToString(), OrganizationId = contract.OrganizationOf(party),
            OrganizationName = contract.NameOf(party), ActorId = actor.UserId, ActorName = actor.DisplayName, Now = clock.GetUtcNow(),
        }, ct);

    /// <summary>A change to the text voids what was signed of it: each voided signature is written in the history.</summary>
    public async Task VoidAsync(ContractRecord contract, int amendment, string why, Actor actor, CancellationToken ct)
    {
        foreach (var party in await SignedAsync(contract.Id, amendment, ct))
            await history.RecordAsync(contract.Id, "signatureVoided", Text.T($"Signature de {Signatories.Describe(contract, party)} annulée : {why}",
                $"Signature of {Signatories.Describe(contract, party)} voided: {why}"), actor, ct);
        await db.ExecuteAsync(DeleteSql, new { ContractId = contract.Id, Amendment = amendment }, ct);
    }

    internal const string SelectPartiesSql = "SELECT party FROM {{P}}_signatures WHERE {{CONTRACT_ID}} = @ContractId AND amendment_number = @Amendment";

    internal const string DeleteSql = "DELETE FROM {{P}}_signatures WHERE {{CONTRACT_ID}} = @ContractId AND amendment_number = @Amendment";

    internal const string InsertSql = """
        INSERT INTO {{P}}_signatures (id, {{CONTRACT_ID}}, amendment_number, party, organization_id, organization_name, signed_by_id, signed_by_name, signed_at)
        VALUES (@Id, @ContractId, @Amendment, @Party, @OrganizationId, @OrganizationName, @ActorId, @ActorName, @Now)
        """;
}
