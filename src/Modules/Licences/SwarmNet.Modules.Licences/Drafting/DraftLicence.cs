using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Reading;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>
/// A network head drafts a brand licence for a local structure, for a brand of its own network (which the licence then
/// belongs to), optionally for a candidacy.
/// </summary>
internal sealed record DraftLicence(Guid GrantorOrganizationId, Guid LicenseeOrganizationId, Guid? NetworkId, Guid? CandidacyId, LicenceContent? Content)
    : ICommand<LicenceDto>;

internal sealed class DraftLicenceHandler(DbSession db, ActorContext actorContext, ContractParties parties, BrandGate brands, DraftEdits<LicenceKind> drafts,
    IMediator mediator, TimeProvider clock) : IRequestHandler<DraftLicence, LicenceDto>
{
    public async Task<LicenceDto> Handle(DraftLicence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var errors = request.Content?.Validate("/content") ?? [ContractTerms.Missing("/content")];
        var party = await parties.CheckAsync(actor, LicenceKind.Info.Noun, request.GrantorOrganizationId, request.LicenseeOrganizationId, request.NetworkId,
            request.CandidacyId, errors, "/licenseeOrganizationId", cancellationToken);
        var id = Guid.CreateVersion7();
        var networkId = errors.Count == 0 && party is not null
            ? await brands.NetworkOfAsync(party.GrantorId, request.Content!.Brand!.Name!, party.NetworkId, "/content/brand/name", errors, cancellationToken)
            : null;
        if (errors.Count == 0 && await Exclusivity.CheckAsync(db, id, party!.GrantorId, request.Content!, actor, "/content/territory", cancellationToken) is { } clash)
            errors.Add(clash);
        if (errors.Count > 0 || party is null)
            throw new InputValidationException(errors);

        var now = clock.GetUtcNow();
        var columns = ContentColumns.Of(request.Content!);
        columns["Id"] = id;
        columns["GrantorId"] = party.GrantorId;
        columns["GrantorName"] = party.GrantorName;
        columns["LicenseeId"] = party.GranteeId;
        columns["LicenseeName"] = party.GranteeName;
        columns["NetworkId"] = networkId;
        columns["CandidacyId"] = party.CandidacyId;
        columns["Status"] = nameof(ContractStatus.Draft);
        columns["RenewalDecision"] = nameof(RenewalDecision.None);
        columns["Now"] = now;
        await db.ExecuteAsync(InsertSql, new Dapper.DynamicParameters(columns), cancellationToken);
        await drafts.DraftedAsync(id, party.GranteeName, actor, cancellationToken);
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
