using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.ContractKernel.Terms;
using SwarmNet.Modules.Partnerships.Contracts.Events;
using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>
/// Announces obligation terms that change without an amendment (the committee's follow-ups): from the day given, then from
/// each later amendment already signed, each list whole (<see cref="PartnershipTerms.Complete"/>).
/// </summary>
internal sealed class PartnershipTermChanges(DbSession db, PartnershipTerms terms, ContractTermsInForce<PartnershipKind> inForce, Outbox outbox)
{
    public async Task AnnounceAsync(ContractRecord contract, PartnershipRow row, DateOnly from, string summary, CancellationToken ct)
    {
        var decisions = await terms.DecisionsAsync(contract.Id, ct);
        var snapshot = PartnershipAnnouncements.Snapshot(contract, row, decisions);
        foreach (var (number, since, list) in await FromAsync(contract.Id, from, row.ContentOf(), decisions, ct))
            await outbox.PublishAsync(new PartnershipAmended(snapshot, number, since, summary, list), ct);
    }

    /// <summary>
    /// What a committee's decisions change, from <paramref name="from"/>: the terms in force that day with them, then each
    /// amendment already signed for a later date with them too, so no later list forgets the follow-ups.
    /// </summary>
    private async Task<IReadOnlyList<(int? Number, DateOnly From, JsonElement Terms)>> FromAsync(Guid contractId, DateOnly from, PartnershipContent content,
        IReadOnlyList<PartnershipTerms.Followed> decisions, CancellationToken ct)
    {
        var current = await inForce.ReadAsync(contractId, from, ct);
        var lists = new List<(int?, DateOnly, JsonElement)> { (null, from, PartnershipTerms.Complete(current.ObligationTerms.GetRawText(), content, decisions)) };
        var later = await db.QueryAsync<LaterAmendment>(SelectLaterSql, new { ContractId = contractId, From = from }, ct);
        lists.AddRange(later.Select(a => ((int?)a.Number, a.EffectiveDate, PartnershipTerms.Complete(a.ObligationTerms, content, decisions))));
        return lists;
    }

    internal const string SelectLaterSql = """
        SELECT number, effective_date, obligation_terms FROM partnerships_amendments
        WHERE contract_id = @ContractId AND signed_at IS NOT NULL AND obligation_terms IS NOT NULL AND effective_date > @From ORDER BY number
        """;

    private sealed class LaterAmendment
    {
        public int Number { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public string ObligationTerms { get; init; } = "[]";
    }
}
