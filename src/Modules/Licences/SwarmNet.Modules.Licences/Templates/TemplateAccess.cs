using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>A template is seen by the members of its network head; anyone else gets the 404 of an unknown id.</summary>
internal static class TemplateAccess
{
    public static async Task<TemplateRow> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var template = await db.QuerySingleOrDefaultAsync<TemplateRow>(CreateLicenceTemplateHandler.SelectSql, new { Id = id }, ct);
        return template is not null && actor.CanSee(template.GrantorOrganizationId)
            ? template
            : throw new NotFoundException(Text.T("Modèle de licence introuvable.", "Licence template not found."));
    }

    /// <summary>For the route filter: 404 before the body is read.</summary>
    public static Task EnsureVisibleAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        LoadVisibleAsync(services.GetRequiredService<DbSession>(), services.GetRequiredService<ActorContext>().Current, id, ct);
}
