using System.Text.Json;
using Microsoft.Extensions.Logging;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// An activated contract with royalty terms becomes an agreement, once (the event may come twice). Terms that fail the
/// validator are logged and skipped: no statement could be computed from them.
/// </summary>
internal sealed partial class AgreementActivatedHandler(
    DbSession db, PartyDirectory parties, TimeProvider clock, RoyaltiesOptions options, ILogger<AgreementActivatedHandler> logger)
    : IIntegrationEventHandler<LicenceActivated>
{
    public const string Licence = "licence";

    public async Task HandleAsync(LicenceActivated integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        var licence = integrationEvent.Licence;
        var terms = StoredTerms.Read(licence.RoyaltyTerms);
        if (terms is null || await db.ExecuteScalarAsync<long>(ExistsSql, new { Id = licence.LicenceId }, ct) > 0)
            return;
        if (RoyaltyTermsValidator.Validate(terms).Count > 0)
        {
            LogInvalidTerms(logger, licence.LicenceId);
            return;
        }

        var now = clock.GetUtcNow();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = licence.LicenceId, Kind = Licence, Grantor = licence.GrantorOrganizationId, Structure = licence.LicenseeOrganizationId,
            GrantorName = (await parties.GetAsync(licence.GrantorOrganizationId, ct)).Name,
            StructureName = (await parties.GetAsync(licence.LicenseeOrganizationId, ct)).Name,
            licence.NetworkId, licence.Brand, licence.EffectiveDate, licence.EndDate, Status = AgreementStatus.Active,
            VatExempt = terms.VatRate == 0m, PaymentDays = options.PaymentDays,
            DueDays = DeclarationDueDays(licence.ObligationTerms) ?? options.DeclarationDueDays, Now = now,
        }, ct);
        await db.ExecuteAsync(InsertVersionSql, new
        {
            AgreementId = licence.LicenceId, Number = 0, AppliesFrom = licence.EffectiveDate, Terms = licence.RoyaltyTerms!.Value.GetRawText(), Now = now,
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Licence {LicenceId} carries royalty terms the validator refuses: no agreement created")]
    private static partial void LogInvalidTerms(ILogger logger, Guid licenceId);
}
