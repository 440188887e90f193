using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Licences.BrandUses;

/// <summary>
/// A brand use is seen by whoever sees its licence; anyone else gets the same 404 as for an id that does not exist
/// (never "licence not found", which would say the use exists).
/// </summary>
internal static class BrandUseAccess
{
    public static async Task<(BrandUseRow Use, ContractRecord Licence)> LoadVisibleAsync(DbSession db, ContractStore<LicenceKind> store, Actor actor, Guid id,
        CancellationToken ct)
    {
        var use = await db.QuerySingleOrDefaultAsync<BrandUseRow>(SelectSql, new { Id = id }, ct) ?? throw NotFound();
        try
        {
            return (use, await store.LoadVisibleAsync(actor, use.LicenceId, ct));
        }
        catch (NotFoundException)
        {
            throw NotFound();
        }
    }

    /// <summary>For the route filter: 404 before the body is read.</summary>
    public static Task EnsureVisibleAsync(IServiceProvider services, Guid id, CancellationToken ct) =>
        LoadVisibleAsync(services.GetRequiredService<DbSession>(), services.GetRequiredService<ContractStore<LicenceKind>>(),
            services.GetRequiredService<ActorContext>().Current, id, ct);

    /// <summary>The licensee's members submit uses, under a licence in force only.</summary>
    public static bool IsLicensee(Actor actor, ContractRecord licence) =>
        actor.HasRole(licence.GranteeOrganizationId, Roles.StructureAdmin, Roles.StructureMember);

    public static bool CanSubmit(Actor actor, ContractRecord licence) => IsLicensee(actor, licence) && licence.Status == ContractStatus.Active;

    /// <summary>The licensor's staff decide; the licensee sees the use but does not decide it.</summary>
    public static bool CanDecide(Actor actor, ContractRecord licence) => ContractAccess.CanManage(actor, licence);

    public static NotFoundException NotFound() => new(Text.T("Usage de marque introuvable.", "Brand use not found."));

    internal const string SelectSql = "SELECT " + BrandUseRow.Columns + " FROM licences_brand_uses u WHERE u.id = @Id";
}
