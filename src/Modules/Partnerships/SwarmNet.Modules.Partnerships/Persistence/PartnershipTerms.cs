using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>
/// The obligation terms a partnership announces (docs/adr/0132, 0133): the kernel's terms in force — the contract's, or the
/// last signed amendment's — completed with what its parts derive and with the steering committee's follow-ups, one per
/// code, the first listed winning.
/// </summary>
internal sealed class PartnershipTerms(DbSession db)
{
    public sealed record Followed(int Number, DecisionTerms Decision);

    public async Task<IReadOnlyList<Followed>> DecisionsAsync(Guid contractId, CancellationToken ct) =>
        (await db.QueryAsync<DecisionRow>(SelectDecisionsSql, new { ContractId = contractId }, ct))
        .Select(d => new Followed(d.Number, new DecisionTerms(d.Title, d.OwnerOrganizationId, d.DueDate))).ToList();

    /// <summary>The whole list, as JSON for an event, from the kernel's terms (JSON, as stored).</summary>
    public static JsonElement Complete(string kernelTerms, PartnershipContent content, IEnumerable<Followed> decisions)
    {
        var terms = ContractJson.Read<List<ObligationTerm>>(kernelTerms)
            .Concat(PartnershipObligations.Derived(content))
            .Concat(decisions.Select(d => d.Decision.Obligation(d.Number)))
            .DistinctBy(t => t.Code!.Trim().ToUpperInvariant())
            .ToList();
        return ContractJson.Element(ContractJson.Write(terms))!.Value;
    }

    internal const string SelectDecisionsSql = """
        SELECT number, title, owner_organization_id, due_date FROM partnerships_decisions WHERE contract_id = @ContractId ORDER BY number
        """;

    private sealed class DecisionRow
    {
        public int Number { get; init; }
        public string Title { get; init; } = "";
        public Guid OwnerOrganizationId { get; init; }
        public DateOnly DueDate { get; init; }
    }
}
