using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>
/// Replaces a draft's content. Only drafts change this way; <see cref="Version"/> refuses a stale edit (409), and a
/// signature already given to the former text is voided (the history says whose).
/// </summary>
internal sealed record UpdateLicenceDraft(Guid LicenceId, int Version, LicenceContent? Content) : ICommand<LicenceDto>;

internal sealed class UpdateLicenceDraftHandler(DbSession db, ActorContext actorContext, DraftEdits<LicenceKind> drafts, LicenceRows rows, BrandGate brands,
    IMediator mediator, TimeProvider clock) : IRequestHandler<UpdateLicenceDraft, LicenceDto>
{
    public async Task<LicenceDto> Handle(UpdateLicenceDraft request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var contract = await drafts.LoadForEditAsync(actor, request.LicenceId, request.Version, cancellationToken);
        var errors = request.Content?.Validate("/content") ?? [ContractTerms.Missing("/content")];
        if (errors.Count == 0)
            await brands.NetworkOfAsync(contract.GrantorOrganizationId, request.Content!.Brand!.Name!, contract.NetworkId, "/content/brand/name", errors, cancellationToken);
        if (errors.Count == 0 && await Exclusivity.CheckAsync(db, contract.Id, contract.GrantorOrganizationId, request.Content!, actor, "/content/territory",
                cancellationToken) is { } clash)
            errors.Add(clash);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var before = await rows.LoadAsync(contract.Id, cancellationToken);
        var columns = ContentColumns.Of(request.Content!);
        columns["Id"] = contract.Id;
        columns["Version"] = request.Version;
        columns["Now"] = clock.GetUtcNow();
        if (await db.ExecuteAsync(UpdateSql, new Dapper.DynamicParameters(columns), cancellationToken) == 0)
            throw ContractAccess.Stale(LicenceKind.Info.Noun);
        await drafts.EditedAsync(contract, DraftEdits<LicenceKind>.Changes(before.ContentWith(contract), request.Content!), actor, cancellationToken);
        return await mediator.Send(new GetLicence(contract.Id), cancellationToken);
    }

    internal const string UpdateSql = """
        UPDATE licences_licences SET
            brand_name = @BrandName, brand_key = @BrandKey, brand_inpi_number = @BrandInpiNumber, brand_nice_classes = @BrandNiceClasses,
            brand_activities = @BrandActivities, territory_communes = @TerritoryCommunes, territory_departments = @TerritoryDepartments,
            territory_description = @TerritoryDescription, exclusive = @Exclusive, sublicensing_allowed = @SublicensingAllowed,
            royalty_terms = @RoyaltyTerms, obligation_terms = @ObligationTerms, exit_terms = @ExitTerms,
            effective_date = @EffectiveDate, end_date = @EndDate, tacit_renewal = @TacitRenewal, renewal_months = @RenewalMonths,
            notice_days = @NoticeDays, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Draft' AND version = @Version
        """;
}
