using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>
/// Records a standard licence. Its royalty terms' dates are a pattern: drafting from the template moves them to the
/// licence's effective date (docs/adr/0043).
/// </summary>
internal sealed record CreateLicenceTemplate(
    Guid GrantorOrganizationId, string? Name, LicensedBrand? Brand, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm?>? ObligationTerms, ExitTerms? ExitTerms)
    : ICommand<LicenceTemplateDto>;

internal sealed class CreateLicenceTemplateHandler(DbSession db, ActorContext actorContext, TimeProvider clock)
    : IRequestHandler<CreateLicenceTemplate, LicenceTemplateDto>
{
    public async Task<LicenceTemplateDto> Handle(CreateLicenceTemplate request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        if (!actor.CanSee(request.GrantorOrganizationId))
            throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        if (!LicenceAccess.CanManage(actor, request.GrantorOrganizationId))
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau gère ses modèles.", "Only the network head's staff manage its templates."));
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 150)
            errors.Add(new("/name", Text.T("Nom de 1 à 150 caractères.", "A name of 1 to 150 characters.")));
        else if (!SafeNames.IsSafeName(request.Name))
            errors.Add(new("/name", SafeNameRules.NameMessage()));
        if (request.Brand is null) errors.Add(LicenceContent.Missing("/brand"));
        else errors.AddRange(request.Brand.Validate("/brand"));
        if (request.RoyaltyTerms is not null) errors.AddRange(RoyaltyTermsValidator.Validate(request.RoyaltyTerms, "/royaltyTerms"));
        errors.AddRange(ObligationTermsValidator.Validate(request.ObligationTerms ?? [], "/obligationTerms"));
        if (request.ExitTerms is not null) errors.AddRange(request.ExitTerms.Validate("/exitTerms"));
        if (errors.Count == 0 && await db.ExecuteScalarAsync<long>(CountByNameSql, new { Grantor = request.GrantorOrganizationId, Name = request.Name!.Trim() }, cancellationToken) > 0)
            errors.Add(new("/name", Text.T("Un modèle porte déjà ce nom.", "A template already has this name.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var id = Guid.CreateVersion7();
        var brand = request.Brand!;
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, Grantor = request.GrantorOrganizationId, Name = request.Name!.Trim(), BrandName = brand.Name!.Trim(), BrandInpiNumber = brand.InpiNumber?.Trim(),
            BrandNiceClasses = LicenceJson.Write(brand.NiceClasses!.Order().ToArray()), BrandActivities = LicenceJson.Write(brand.Activities!.Select(a => a.Trim()).ToArray()),
            RoyaltyTerms = LicenceJson.WriteOrNull(request.RoyaltyTerms), ObligationTerms = LicenceJson.Write(request.ObligationTerms ?? []),
            ExitTerms = LicenceJson.WriteOrNull(request.ExitTerms), Now = clock.GetUtcNow(), ActorName = actor.DisplayName,
        }, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<TemplateRow>(SelectSql, new { Id = id }, cancellationToken);
        return row!.ToDto();
    }

    internal const string CountByNameSql = "SELECT COUNT(*) FROM licences_templates WHERE grantor_organization_id = @Grantor AND name = @Name";

    internal const string SelectSql = "SELECT " + TemplateRow.Columns + " FROM licences_templates t WHERE t.id = @Id";

    internal const string InsertSql = """
        INSERT INTO licences_templates (id, grantor_organization_id, name, brand_name, brand_inpi_number, brand_nice_classes, brand_activities,
            royalty_terms, obligation_terms, exit_terms, created_at, created_by_name)
        VALUES (@Id, @Grantor, @Name, @BrandName, @BrandInpiNumber, @BrandNiceClasses, @BrandActivities,
            @RoyaltyTerms, @ObligationTerms, @ExitTerms, @Now, @ActorName)
        """;
}
