using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>Replaces a draft's content. Only drafts change this way; <see cref="Version"/> refuses a stale edit (409).</summary>
internal sealed record UpdateLicenceDraft(Guid LicenceId, int Version, LicenceContent? Content) : ICommand<LicenceDto>;

internal sealed class UpdateLicenceDraftHandler(DbSession db, ActorContext actorContext, LicenceHistory history, IMediator mediator, TimeProvider clock)
    : IRequestHandler<UpdateLicenceDraft, LicenceDto>
{
    public async Task<LicenceDto> Handle(UpdateLicenceDraft request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await LicenceAccess.LoadManagedAsync(db, actor, request.LicenceId, cancellationToken);
        if (!Lifecycle.IsEditable(row.Status))
            throw new ConflictException(Text.T("Seul un brouillon se modifie ; une licence en cours se modifie par avenant.",
                "Only a draft can be edited; a running licence changes through an amendment."));
        if (row.Version != request.Version)
            throw LicenceAccess.Stale();
        var errors = request.Content?.Validate("/content") ?? [LicenceContent.Missing("/content")];
        if (errors.Count == 0 && await Exclusivity.CheckAsync(db, row.Id, request.Content!, "/content/territory", cancellationToken) is { } clash)
            errors.Add(clash);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var columns = ContentColumns.Of(request.Content!);
        columns["Id"] = row.Id;
        columns["Version"] = request.Version;
        columns["Now"] = clock.GetUtcNow();
        if (await db.ExecuteAsync(UpdateSql, new Dapper.DynamicParameters(columns), cancellationToken) == 0)
            throw LicenceAccess.Stale();
        await history.RecordAsync(row.Id, "edited", ContentColumns.Changes(row.Content, request.Content!), actor, cancellationToken);
        return await mediator.Send(new GetLicence(row.Id), cancellationToken);
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
