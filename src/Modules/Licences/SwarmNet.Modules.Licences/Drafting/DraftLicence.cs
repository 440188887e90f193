using MediatR;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>A network head drafts a brand licence for a local structure, optionally in a network and for a candidacy.</summary>
internal sealed record DraftLicence(Guid GrantorOrganizationId, Guid LicenseeOrganizationId, Guid? NetworkId, Guid? CandidacyId, LicenceContent? Content)
    : ICommand<LicenceDto>;

internal sealed class DraftLicenceHandler(DbSession db, ActorContext actorContext, LicenceParties parties, LicenceHistory history, IMediator mediator,
    TimeProvider clock) : IRequestHandler<DraftLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(DraftLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var errors = request.Content?.Validate("/content") ?? [LicenceContent.Missing("/content")];
        var party = await parties.CheckAsync(actor, request.GrantorOrganizationId, request.LicenseeOrganizationId, request.NetworkId,
            request.CandidacyId, errors, cancellationToken);
        var id = Guid.CreateVersion7();
        if (errors.Count == 0 && await Exclusivity.CheckAsync(db, id, request.Content!, "/content/territory", cancellationToken) is { } clash)
            errors.Add(clash);
        if (errors.Count > 0 || party is null)
            throw new InputValidationException(errors);

        var now = clock.GetUtcNow();
        var columns = ContentColumns.Of(request.Content!);
        columns["Id"] = id;
        columns["GrantorId"] = party.GrantorId;
        columns["GrantorName"] = party.GrantorName;
        columns["LicenseeId"] = party.LicenseeId;
        columns["LicenseeName"] = party.LicenseeName;
        columns["NetworkId"] = party.NetworkId;
        columns["CandidacyId"] = party.CandidacyId;
        columns["Status"] = nameof(ContractStatus.Draft);
        columns["RenewalDecision"] = nameof(RenewalDecision.None);
        columns["Now"] = now;
        await db.ExecuteAsync(InsertSql, new Dapper.DynamicParameters(columns), cancellationToken);
        await history.RecordAsync(id, "drafted", $"Brouillon pour {party.LicenseeName}", actor, cancellationToken);
        return await mediator.Send(new GetLicence(id), cancellationToken);
    }

    internal const string InsertSql = """
        INSERT INTO licences_licences (
            id, grantor_organization_id, grantor_name, licensee_organization_id, licensee_name, network_id, candidacy_id,
            brand_name, brand_key, brand_inpi_number, brand_nice_classes, brand_activities,
            territory_communes, territory_departments, territory_description, exclusive, sublicensing_allowed,
            royalty_terms, obligation_terms, exit_terms, effective_date, end_date, tacit_renewal, renewal_months, notice_days,
            renewal_decision, status, created_at, updated_at, version)
        VALUES (
            @Id, @GrantorId, @GrantorName, @LicenseeId, @LicenseeName, @NetworkId, @CandidacyId,
            @BrandName, @BrandKey, @BrandInpiNumber, @BrandNiceClasses, @BrandActivities,
            @TerritoryCommunes, @TerritoryDepartments, @TerritoryDescription, @Exclusive, @SublicensingAllowed,
            @RoyaltyTerms, @ObligationTerms, @ExitTerms, @EffectiveDate, @EndDate, @TacitRenewal, @RenewalMonths, @NoticeDays,
            @RenewalDecision, @Status, @Now, @Now, 1)
        """;
}
