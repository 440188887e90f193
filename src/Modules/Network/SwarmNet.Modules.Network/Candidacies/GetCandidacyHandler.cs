using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Organizations;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class GetCandidacyHandler(DbSession db, ActorContext actor) : IRequestHandler<GetCandidacy, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(GetCandidacy request, CancellationToken cancellationToken)
    {
        var row = await LoadVisibleAsync(db, actor.Current, request.Id, cancellationToken);
        var checklist = await db.QueryAsync<ChecklistItemRow>(SelectChecklistSql, new { row.Id }, cancellationToken);
        var history = await db.QueryAsync<TransitionRow>(SelectHistorySql, new { row.Id }, cancellationToken);
        return new CandidacyDto(row.Id, row.NetworkId, row.StructureId, row.StructureName, row.Model, row.Territory, row.Stage,
            row.ClosingReason, row.ContractId, row.OpenedAt, row.StageChangedAt, row.Version,
            checklist.Select(i => i.ToDto()).ToList(), history.Select(t => t.ToDto()).ToList());
    }

    /// <summary>The candidacy if the actor may see it; 404 otherwise, whether it exists or not.</summary>
    public static async Task<CandidacyRow> LoadVisibleAsync(DbSession db, Actor actor, Guid id, CancellationToken ct)
    {
        var (all, orgIds) = OrganizationVisibility.Parameters(actor);
        return await db.QuerySingleOrDefaultAsync<CandidacyRow>(SelectVisibleSql, new { Id = id, All = all, OrgIds = orgIds }, ct)
               ?? throw new NotFoundException(Text.T("Candidature introuvable.", "Candidacy not found."));
    }

    internal const string SelectVisibleSql =
        "SELECT " + CandidacyRow.Columns + " FROM " + CandidacyRow.From + " WHERE c.id = @Id AND " + CandidacyRow.Visible;

    internal const string SelectChecklistSql =
        "SELECT " + ChecklistItemRow.Columns + " FROM network_candidacy_checklist_items WHERE candidacy_id = @Id ORDER BY position";

    internal const string SelectHistorySql = """
        SELECT kind, from_stage, to_stage, subject, comment, actor_id, actor_name, at
        FROM network_candidacy_transitions WHERE candidacy_id = @Id ORDER BY at, id
        """;
}
