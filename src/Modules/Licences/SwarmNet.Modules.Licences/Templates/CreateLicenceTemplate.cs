using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>
/// Records a standard licence. Its royalty terms' dates are a pattern: drafting from the template moves them to the
/// licence's effective date (docs/adr/0043).
/// </summary>
internal sealed record CreateLicenceTemplate(
    Guid GrantorOrganizationId, string? Name, LicensedBrand? Brand, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm?>? ObligationTerms, ExitTerms? ExitTerms)
    : ICommand<LicenceTemplateDto>;

internal sealed class CreateLicenceTemplateHandler(DbSession db, ActorContext actorContext, ContractTemplates<LicenceKind> templates, BrandGate brands,
    TimeProvider clock)
    : IRequestHandler<CreateLicenceTemplate, LicenceTemplateDto>
{
    public async Task<LicenceTemplateDto> Handle(CreateLicenceTemplate request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        ContractTemplates<LicenceKind>.EnsureManager(actor, request.GrantorOrganizationId);
        var brandErrors = request.Brand is null ? [ContractTerms.Missing("/brand")] : request.Brand.Validate("/brand").ToList();
        if (brandErrors.Count == 0)
            await brands.NetworkOfAsync(request.GrantorOrganizationId, request.Brand!.Name!, null, "/brand/name", brandErrors, cancellationToken);
        var errors = await templates.ValidateAsync(request.GrantorOrganizationId, request.Name, request.RoyaltyTerms, request.ObligationTerms, request.ExitTerms,
            brandErrors, cancellationToken);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var id = Guid.CreateVersion7();
        var brand = request.Brand!;
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, Grantor = request.GrantorOrganizationId, Name = request.Name!.Trim(), BrandName = brand.Name!.Trim(), BrandInpiNumber = brand.InpiNumber?.Trim(),
            BrandNiceClasses = ContractJson.Write(brand.NiceClasses!.Order().ToArray()), BrandActivities = ContractJson.Write(brand.Activities!.Select(a => a.Trim()).ToArray()),
            RoyaltyTerms = ContractJson.WriteOrNull(request.RoyaltyTerms), ObligationTerms = ContractJson.Write(request.ObligationTerms ?? []),
            ExitTerms = ContractJson.WriteOrNull(request.ExitTerms), Now = clock.GetUtcNow(), ActorName = actor.DisplayName,
        }, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<TemplateRow>(SelectSql, new { Id = id }, cancellationToken);
        return row!.ToDto();
    }

    internal const string SelectSql = "SELECT " + TemplateRow.Columns + " FROM licences_templates t WHERE t.id = @Id";

    internal const string InsertSql = """
        INSERT INTO licences_templates (id, grantor_organization_id, name, brand_name, brand_inpi_number, brand_nice_classes, brand_activities,
            royalty_terms, obligation_terms, exit_terms, created_at, created_by_name)
        VALUES (@Id, @Grantor, @Name, @BrandName, @BrandInpiNumber, @BrandNiceClasses, @BrandActivities,
            @RoyaltyTerms, @ObligationTerms, @ExitTerms, @Now, @ActorName)
        """;
}
