using SwarmNet.Modules.Royalties.Contracts.Statements;
using SwarmNet.Web.Layout;

namespace SwarmNet.Web.Pages.Royalties;

/// <summary>What the queue's filters hold, turned into the module's query; the module checks every value.</summary>
public sealed record StatementFilter(
    string? State = null, string? Kind = null, DateOnly? PeriodFrom = null, DateOnly? PeriodTo = null, Guid? StructureId = null)
{
    /// <summary>The grid's sortable columns and the module's sort keys.</summary>
    private static readonly Dictionary<string, string> Keys = new()
    {
        [nameof(StatementSummaryDto.PeriodStart)] = "periodStart",
        [nameof(StatementSummaryDto.StructureName)] = "structure",
        [nameof(StatementSummaryDto.StateLabel)] = "state",
        [nameof(StatementSummaryDto.TotalInclVat)] = "amount",
    };

    public static string? SortKey(string column, bool descending) =>
        Keys.TryGetValue(column, out var key) ? (descending ? "-" : "") + key : null;

    /// <summary>
    /// A network head's people (its staff, its accountant) see the statements they bill; a structure's people the ones
    /// they owe. Someone in both kinds of organisation sees, here, those of the organisation they work in now.
    /// </summary>
    public ListStatements Query(Workspace workspace, string? sort, int page, int pageSize) => new(
        GrantorOrganizationId: workspace.Persona is Persona.NetworkHead or Persona.Accountant ? workspace.OrganizationId : null,
        StructureId: workspace.Persona == Persona.Structure ? workspace.OrganizationId : StructureId,
        PeriodFrom: PeriodFrom, PeriodTo: PeriodTo, State: State, Kind: Kind, Sort: sort, Page: page, PageSize: pageSize);
}
