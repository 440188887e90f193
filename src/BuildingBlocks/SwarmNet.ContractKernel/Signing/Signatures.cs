using SwarmNet.ContractKernel.Parties;

namespace SwarmNet.ContractKernel.Signing;

/// <summary>One party's signature of the contract (amendment 0) or of a numbered amendment.</summary>
public sealed record SignatureDto(int AmendmentNumber, ContractParty Party, Guid OrganizationId, string OrganizationName, Guid? SignedById, string SignedBy, DateTimeOffset SignedAt);

/// <summary>Who has signed, as stored.</summary>
/// <remarks>The side is read as text: Dapper maps a single enum column from its number only.</remarks>
public sealed class SignedParty
{
    public string Party { get; init; } = "";
    public Guid OrganizationId { get; init; }
    public string OrganizationName { get; init; } = "";

    public ContractParty Side => Enum.Parse<ContractParty>(Party);

    public bool Is(SigningParty party) => party.Is(Side, OrganizationId);
}

/// <summary>The signatures table of a module, the same for the contract and its amendments; a party is its side and organisation.</summary>
public sealed class Signatures<TKind>(ContractDb<TKind> db, ContractHistory<TKind> history, TimeProvider clock) where TKind : IContractKind
{
    public async Task<IReadOnlyList<SignedParty>> SignedAsync(Guid contractId, int amendment, CancellationToken ct) =>
        await db.QueryAsync<SignedParty>(SelectPartiesSql, new { ContractId = contractId, Amendment = amendment }, ct);

    /// <summary>Whether every party of the contract has signed once <paramref name="party"/> signs too.</summary>
    public static bool CompletedBy(ContractRecord contract, IReadOnlyList<SignedParty> signed, SigningParty party) =>
        contract.Parties.All(p => p == party || signed.Any(s => s.Is(p)));

    public Task AddAsync(ContractRecord contract, int amendment, SigningParty party, Actor actor, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), ContractId = contract.Id, Amendment = amendment, Party = party.Side.ToString(), party.OrganizationId,
            OrganizationName = party.Name, ActorId = actor.UserId, ActorName = actor.DisplayName, Now = clock.GetUtcNow(),
        }, ct);

    /// <summary>A change to the text voids what was signed of it: each voided signature is written in the history.</summary>
    public async Task VoidAsync(ContractRecord contract, int amendment, string why, Actor actor, CancellationToken ct)
    {
        foreach (var signed in await SignedAsync(contract.Id, amendment, ct))
        {
            var who = contract.Parties.FirstOrDefault(signed.Is)?.Describe() ?? $"{signed.OrganizationName} ({Glossary.Of(signed.Side)})";
            await history.RecordAsync(contract.Id, "signatureVoided", Text.T($"Signature de {who} annulée : {why}", $"Signature of {who} voided: {why}"), actor, ct);
        }
        await db.ExecuteAsync(DeleteSql, new { ContractId = contract.Id, Amendment = amendment }, ct);
    }

    internal const string SelectPartiesSql = """
        SELECT party, organization_id, organization_name FROM {{P}}_signatures WHERE {{CONTRACT_ID}} = @ContractId AND amendment_number = @Amendment
        """;

    internal const string DeleteSql = "DELETE FROM {{P}}_signatures WHERE {{CONTRACT_ID}} = @ContractId AND amendment_number = @Amendment";

    internal const string InsertSql = """
        INSERT INTO {{P}}_signatures (id, {{CONTRACT_ID}}, amendment_number, party, organization_id, organization_name, signed_by_id, signed_by_name, signed_at)
        VALUES (@Id, @ContractId, @Amendment, @Party, @OrganizationId, @OrganizationName, @ActorId, @ActorName, @Now)
        """;
}
