using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Licences.BrandUses;

/// <summary>The uses submitted under one licence, newest first, for both parties.</summary>
internal sealed record ListBrandUses(Guid LicenceId) : IQuery<IReadOnlyList<BrandUseDto>>;

internal sealed class ListBrandUsesHandler(DbSession db, ActorContext actor, ContractStore<LicenceKind> store) : IRequestHandler<ListBrandUses, IReadOnlyList<BrandUseDto>>
{
    public async Task<IReadOnlyList<BrandUseDto>> Handle(ListBrandUses request, CancellationToken cancellationToken)
    {
        var licence = await store.LoadVisibleAsync(actor.Current, request.LicenceId, cancellationToken);
        var rows = await db.QueryAsync<BrandUseRow>(SelectSql, new { licence.Id }, cancellationToken);
        return rows.Select(r => r.ToDto()).ToList();
    }

    internal const string SelectSql = "SELECT " + BrandUseRow.Columns + " FROM licences_brand_uses u WHERE u.licence_id = @Id ORDER BY u.submitted_at DESC, u.id DESC";
}
