using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Disclosures;

namespace SwarmNet.Modules.Network.Candidacies;

/// <summary>The candidacy's stage, its open mandatory items and its latest disclosure (DIP): three small indexed reads.</summary>
internal sealed class GetContractGateHandler(DbSession db) : IRequestHandler<GetContractGate, ContractGateDto>
{
    private sealed class Row
    {
        public Guid Id { get; init; }
        public CandidacyStage Stage { get; init; }
    }

    public async Task<ContractGateDto> Handle(GetContractGate request, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>(SelectCandidacySql,
            new { request.NetworkId, request.StructureId, request.CandidacyId, Skip = 0, Take = 1 }, cancellationToken);
        if (row is null)
            return new ContractGateDto(null, null, [], DisclosureDto.NotGiven);
        var open = await db.QueryAsync<string>(SelectOpenItemsSql, new { row.Id }, cancellationToken);
        var disclosure = await db.QuerySingleOrDefaultAsync<DisclosureRow>(DisclosureRow.LatestSql, new { row.Id, Skip = 0, Take = 1 }, cancellationToken);
        return new ContractGateDto(row.Id, row.Stage, open, disclosure?.ToGate() ?? DisclosureDto.NotGiven);
    }

    /// <summary>The named candidacy, or the structure's latest in the network (open ones first).</summary>
    internal const string SelectCandidacySql = """
        SELECT c.id, c.stage FROM network_candidacies c
        WHERE c.network_id = @NetworkId AND c.structure_id = @StructureId AND (@CandidacyId IS NULL OR c.id = @CandidacyId)
        ORDER BY CASE WHEN c.stage IN ('Declined', 'Withdrawn') THEN 1 ELSE 0 END, c.opened_at DESC, c.id DESC
        {{PAGE}}
        """;

    internal const string SelectOpenItemsSql = """
        SELECT label FROM network_candidacy_checklist_items WHERE candidacy_id = @Id AND mandatory = 1 AND done = 0 ORDER BY position
        """;
}
