using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>Loads a statement both parties may read; only the grantor's accountant acts on it.</summary>
internal static class StatementAccess
{
    public static async Task<StatementRow> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var scope = RoyaltyAccess.Scope(actor);
        return await db.QuerySingleOrDefaultAsync<StatementRow>(SelectSql, new { Id = id, scope.All, scope.GrantorIds, scope.StructureIds }, ct)
               ?? throw NotFound();
    }

    public static async Task<StatementRow> LoadForAccountantAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var row = await LoadVisibleAsync(db, actor, id, ct);
        return RoyaltyAccess.IsAccountant(actor, row.GrantorOrganizationId) ? row : throw RoyaltyAccess.AccountantOnly();
    }

    public static NotFoundException NotFound() => new(Text.T("Relevé de redevances introuvable.", "Royalty statement not found."));

    public static ConflictException Stale() => new(Text.T("Le relevé a changé entre-temps : rechargez-le.", "The statement changed in the meantime: reload it."));

    public static ConflictException WrongState(string state) => new(Text.T(
        $"Impossible depuis l'état « {StatementStates.Label(state)} ».", $"Not possible from the state '{StatementStates.Label(state)}'."));

    internal const string SelectSql = "SELECT " + StatementRow.Columns + StatementRow.From +
        " WHERE s.id = @Id AND (@All = 1 OR s.grantor_organization_id IN @GrantorIds OR s.structure_organization_id IN @StructureIds)";
}
