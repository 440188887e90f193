using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Governance;

/// <summary>The steering committee and its meetings with their decisions, for every partner: two queries whatever the number of meetings.</summary>
internal sealed record GetGovernance(Guid PartnershipId) : IQuery<GovernanceDto>;

internal sealed class GetGovernanceHandler(PartnershipAccess access, DbSession db, ActorContext actor) : IRequestHandler<GetGovernance, GovernanceDto>
{
    public async Task<GovernanceDto> Handle(GetGovernance request, CancellationToken cancellationToken)
    {
        var (contract, row) = await access.LoadAsync(actor.Current, request.PartnershipId, cancellationToken);
        var meetings = await db.QueryAsync<MeetingRow>(SelectMeetingsSql, new { ContractId = contract.Id }, cancellationToken);
        var decisions = (await db.QueryAsync<DecisionRow>(SelectDecisionsSql, new { ContractId = contract.Id }, cancellationToken)).ToLookup(d => d.MeetingId);
        var committee = row.ContentOf().Committee;
        return new GovernanceDto(committee?.Name?.Trim() ?? (committee is null ? null : Text.T("Comité de pilotage", "Steering committee")), committee?.Cadence,
            committee?.Cadence is { } cadence ? Glossary.Of(cadence) : null,
            meetings.Select(m => new MeetingDto(m.Id, m.Number, m.HeldOn, ContractJson.Read<string[]>(m.Attendees), m.Minutes, m.MinutesDocumentId,
                decisions[m.Id].Select(d => new DecisionDto(d.Number, Domain.DecisionTerms.ObligationCode(d.Number), d.Title, d.OwnerOrganizationId,
                    row.NameOf(d.OwnerOrganizationId), d.DueDate)).ToList(), m.RecordedAt, m.RecordedByName)).ToList());
    }

    internal const string SelectMeetingsSql = """
        SELECT id, number, held_on, attendees, minutes, minutes_document_id, recorded_at, recorded_by_name FROM partnerships_meetings
        WHERE contract_id = @ContractId ORDER BY held_on DESC, number DESC
        """;

    internal const string SelectDecisionsSql = """
        SELECT meeting_id, number, title, owner_organization_id, due_date FROM partnerships_decisions WHERE contract_id = @ContractId ORDER BY number
        """;

    private sealed class MeetingRow
    {
        public Guid Id { get; init; }
        public int Number { get; init; }
        public DateOnly HeldOn { get; init; }
        public string Attendees { get; init; } = "[]";
        public string? Minutes { get; init; }
        public Guid? MinutesDocumentId { get; init; }
        public DateTimeOffset RecordedAt { get; init; }
        public string RecordedByName { get; init; } = "";
    }

    private sealed class DecisionRow
    {
        public Guid MeetingId { get; init; }
        public int Number { get; init; }
        public string Title { get; init; } = "";
        public Guid OwnerOrganizationId { get; init; }
        public DateOnly DueDate { get; init; }
    }
}
