using System.Text.Json;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// An activated contract with royalty terms becomes an agreement, once (the event may come twice). Terms that fail the
/// validator are logged and skipped: no statement could be computed from them.
/// </summary>
internal sealed partial class AgreementActivatedHandler(
    DbSession db, PartyDirectory parties, TimeProvider clock, RoyaltiesOptions options, ILogger<AgreementActivatedHandler> logger)
    : IIntegrationEventHandler<LicenceActivated>, IIntegrationEventHandler<AffiliationActivated>
{
    public const string Licence = "licence";
    public const string Affiliation = "affiliation";

    /// <summary>What any contract kind's activation says of its royalties: the agreement's parties, cover and terms.</summary>
    private sealed record Opening(Guid Id, string Kind, Guid Grantor, Guid Structure, Guid? NetworkId, string Brand, DateOnly EffectiveDate, DateOnly? EndDate,
        JsonElement? RoyaltyTerms, JsonElement ObligationTerms);

    public Task HandleAsync(LicenceActivated integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        var l = integrationEvent.Licence;
        return OpenAsync(new(l.LicenceId, Licence, l.GrantorOrganizationId, l.LicenseeOrganizationId, l.NetworkId, l.Brand, l.EffectiveDate, l.EndDate,
            l.RoyaltyTerms, l.ObligationTerms), ct);
    }

    /// <summary>An agreement without fees (royalty terms absent) opens nothing: many social franchises waive them.</summary>
    public Task HandleAsync(AffiliationActivated integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        var a = integrationEvent.Affiliation;
        return OpenAsync(new(a.AffiliationId, Affiliation, a.GrantorOrganizationId, a.AffiliateOrganizationId, a.NetworkId, a.Title, a.EffectiveDate, a.EndDate,
            a.RoyaltyTerms, a.ObligationTerms), ct);
    }

    private async Task OpenAsync(Opening contract, CancellationToken ct)
    {
        var terms = StoredTerms.Read(contract.RoyaltyTerms);
        if (terms is null || await db.ExecuteScalarAsync<long>(ExistsSql, new { contract.Id }, ct) > 0)
            return;
        if (RoyaltyTermsValidator.Validate(terms).Count > 0)
        {
            LogInvalidTerms(logger, contract.Kind, contract.Id);
            return;
        }

        var now = clock.GetUtcNow();
        await db.ExecuteAsync(InsertSql, new
        {
            contract.Id, contract.Kind, contract.Grantor, contract.Structure,
            GrantorName = (await parties.GetAsync(contract.Grantor, ct)).Name, StructureName = (await parties.GetAsync(contract.Structure, ct)).Name,
            contract.NetworkId, contract.Brand, contract.EffectiveDate, contract.EndDate, Status = AgreementStatus.Active,
            VatExempt = terms.VatRate == 0m, PaymentDays = options.PaymentDays,
            DueDays = DeclarationDueDays(contract.ObligationTerms) ?? options.DeclarationDueDays, Now = now,
        }, ct);
        await db.ExecuteAsync(InsertVersionSql, new
        {
            AgreementId = contract.Id, Number = 0, AppliesFrom = contract.EffectiveDate, Terms = contract.RoyaltyTerms!.Value.GetRawText(), Now = now,
        }, ct);
    }

    /// <summary>The delay of the contract's revenue-declaration obligation, when it has one ("afterPeriodEnd" N days).</summary>
    internal static int? DeclarationDueDays(JsonElement obligations)
    {
        if (obligations.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var term in obligations.EnumerateArray())
        {
            if (term.TryGetProperty("evidence", out var evidence) && evidence.ValueEquals("declaration")
                && term.TryGetProperty("schedule", out var schedule) && schedule.TryGetProperty("kind", out var kind) && kind.ValueEquals("afterPeriodEnd")
                && schedule.TryGetProperty("days", out var days) && days.TryGetInt32(out var value))
                return value;
        }
        return null;
    }

    internal const string ExistsSql = "SELECT COUNT(*) FROM royalties_agreements WHERE id = @Id";

    internal const string InsertSql = """
        INSERT INTO royalties_agreements (id, contract_kind, grantor_organization_id, grantor_name, structure_organization_id, structure_name, network_id, brand,
            effective_date, end_date, status, ended_on, vat_exempt, late_interest_rate, payment_days, declaration_due_days, created_at, updated_at)
        VALUES (@Id, @Kind, @Grantor, @GrantorName, @Structure, @StructureName, @NetworkId, @Brand, @EffectiveDate, @EndDate, @Status, NULL, @VatExempt, NULL,
            @PaymentDays, @DueDays, @Now, @Now)
        """;

    internal const string InsertVersionSql = """
        INSERT INTO royalties_terms_versions (agreement_id, number, applies_from, terms, recorded_at)
        VALUES (@AgreementId, @Number, @AppliesFrom, @Terms, @Now)
        """;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Kind} {ContractId} carries royalty terms the validator refuses: no agreement created")]
    private static partial void LogInvalidTerms(ILogger logger, string kind, Guid contractId);
}
