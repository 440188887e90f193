using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Milestones;

/// <summary>The contract's milestones and deliverables in due-date order, each with its status today.</summary>
internal sealed record ListMilestones(Guid PartnershipId) : IQuery<IReadOnlyList<MilestoneDto>>;

internal sealed class ListMilestonesHandler(PartnershipAccess access, DbSession db, ActorContext actor, TimeProvider clock)
    : IRequestHandler<ListMilestones, IReadOnlyList<MilestoneDto>>
{
    public async Task<IReadOnlyList<MilestoneDto>> Handle(ListMilestones request, CancellationToken cancellationToken)
    {
        var (contract, row) = await access.LoadAsync(actor.Current, request.PartnershipId, cancellationToken);
        var done = (await db.QueryAsync<CompletionRow>(SelectSql, new { ContractId = contract.Id }, cancellationToken))
            .ToDictionary(c => c.MilestoneCode, StringComparer.OrdinalIgnoreCase);
        var today = ContractDay.Today(clock);
        return row.ContentOf().MilestoneList.OrderBy(m => m.DueDate).Select(m =>
        {
            var completion = done.GetValueOrDefault(m.Code!);
            var status = completion is not null ? ProgressStatus.Delivered : m.DueDate < today ? ProgressStatus.Late : ProgressStatus.Planned;
            return new MilestoneDto(m.Code!, m.Kind!.Value, Glossary.Of(m.Kind.Value), m.Title!.Trim(), m.Description?.Trim(), m.OwnerOrganizationId!.Value,
                row.NameOf(m.OwnerOrganizationId.Value), m.DueDate!.Value, status, Glossary.Of(status), completion?.CompletedOn, completion?.Evidence, completion?.DocumentId);
        }).ToList();
    }

    internal const string SelectSql = "SELECT milestone_code, completed_on, evidence, document_id FROM partnerships_completions WHERE contract_id = @ContractId";

    private sealed class CompletionRow
    {
        public string MilestoneCode { get; init; } = "";
        public DateOnly CompletedOn { get; init; }
        public string Evidence { get; init; } = "";
        public Guid? DocumentId { get; init; }
    }
}
