using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Affiliations.Templates;

/// <summary>A template is seen by the members of its network head; anyone else gets the 404 of an unknown id.</summary>
internal static class TemplateAccess
{
    public static async Task<AffiliationTemplateDto> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var template = (await db.QuerySingleOrDefaultAsync<TemplateColumns>(TemplateColumns.ByIdSql, new { Id = id }, ct))?.Dto;
        return template is not null && actor.CanSee(template.GrantorOrganizationId)
            ? template
            : throw new NotFoundException(Text.T("Modèle de convention introuvable.", "Agreement template not found."));
    }

    /// <summary>For the route filter: an outsider's 404 comes before the body is read (strict JSON would answer 400 first).</summary>
    public static Task EnsureVisibleAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        LoadVisibleAsync(services.GetRequiredService<DbSession>(), services.GetRequiredService<ActorContext>().Current, id, ct);
}
