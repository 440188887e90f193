using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Templates;

namespace SwarmNet.Modules.Partnerships.Templates;

/// <summary>A network head's staff record one of its standard partnerships, under a name of its own (the kernel's template rules).</summary>
internal sealed record CreatePartnershipTemplate(Guid GrantorOrganizationId, string? Name, TemplateContent? Template) : ICommand<PartnershipTemplateDto>;

internal sealed class CreatePartnershipTemplateHandler(DbSession db, ActorContext actorContext, ContractTemplates<PartnershipKind> templates, TimeProvider clock)
    : IRequestHandler<CreatePartnershipTemplate, PartnershipTemplateDto>
{
    public async Task<PartnershipTemplateDto> Handle(CreatePartnershipTemplate request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        ContractTemplates<PartnershipKind>.EnsureManager(actor, request.GrantorOrganizationId);
        var template = request.Template;
        var contentErrors = template?.Validate() ?? [new("/template", Text.T("Champ obligatoire.", "Required."))];
        var errors = await templates.ValidateAsync(request.GrantorOrganizationId, request.Name, null, template?.ObligationTerms, template?.ExitTerms, contentErrors,
            cancellationToken);
        if (errors.Count > 0)
            throw new InputValidationException(errors.Select(e => e.Path.StartsWith("/obligationTerms", StringComparison.Ordinal) || e.Path.StartsWith("/exitTerms", StringComparison.Ordinal)
                ? e with { Path = "/template" + e.Path } : e).ToList());

        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, Grantor = request.GrantorOrganizationId, Name = request.Name!.Trim(), Content = ContractJson.Write(template), Now = clock.GetUtcNow(),
            ActorName = actor.DisplayName,
        }, cancellationToken);
        return (await db.QuerySingleOrDefaultAsync<TemplateRow>(SelectSql, new { Id = id }, cancellationToken))!.ToDto();
    }

    internal const string SelectSql = "SELECT " + TemplateRow.Columns + " FROM partnerships_templates t WHERE t.id = @Id";

    internal const string InsertSql = """
        INSERT INTO partnerships_templates (id, grantor_organization_id, name, content, created_at, created_by_name)
        VALUES (@Id, @Grantor, @Name, @Content, @Now, @ActorName)
        """;
}
