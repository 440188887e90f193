using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// The network head's billing settings of one agreement: VAT regime (standard or exempt), the late-payment interest rate
/// the contract sets (null: the ECB rate + 10 points), the payment delay (at most 60 days, Code de commerce L441-10).
/// Statements computed afterwards use them; approved ones keep theirs.
/// </summary>
internal sealed record UpdateBillingSettings(Guid AgreementId, string? VatRegime, decimal? LateInterestRate, int? PaymentDays) : ICommand<AgreementDto>;

internal sealed class UpdateBillingSettingsHandler(DbSession db, ActorContext actor, IMediator mediator, TimeProvider clock)
    : IRequestHandler<UpdateBillingSettings, AgreementDto>
{
    public async Task<AgreementDto> Handle(UpdateBillingSettings request, CancellationToken cancellationToken)
    {
        var row = await AgreementAccess.LoadVisibleAsync(db, actor.Current, request.AgreementId, cancellationToken);
        if (!actor.Current.HasRole(row.GrantorOrganizationId, Roles.NetworkAdmin, Roles.Accountant))
            throw new ForbiddenException(Text.T("Réservé à l'administration et à la comptabilité de la tête de réseau.", "For the network head's admins and accountants."));
        var errors = new List<FieldError>();
        if (request.VatRegime is not (VatRegimes.Standard or VatRegimes.Exempt))
            errors.Add(new("/vatRegime", Text.T("Valeur attendue : standard ou exempt.", "Expected standard or exempt.")));
        if (request.LateInterestRate is < 0m or > 1m)
            errors.Add(new("/lateInterestRate", Text.T("Taux entre 0 et 1 (0,12 pour 12 %).", "A rate between 0 and 1 (0.12 for 12%).")));
        if (request.PaymentDays is not (>= 0 and <= 60))
            errors.Add(new("/paymentDays", Text.T("Délai de paiement de 0 à 60 jours.", "A payment delay of 0 to 60 days.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
        await db.ExecuteAsync(UpdateSql, new
        {
            Id = row.Id, VatExempt = request.VatRegime == VatRegimes.Exempt,
            Rate = request.LateInterestRate?.ToString(System.Globalization.CultureInfo.InvariantCulture), Days = request.PaymentDays, Now = clock.GetUtcNow(),
        }, cancellationToken);
        return await mediator.Send(new GetAgreement(row.Id), cancellationToken);
    }

    internal const string UpdateSql = """
        UPDATE royalties_agreements SET vat_exempt = @VatExempt, late_interest_rate = @Rate, payment_days = @Days, updated_at = @Now WHERE id = @Id
        """;
}
