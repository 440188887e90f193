using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Affiliations.Networks;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>Who takes part in a programme: the affiliates whose agreement in force joined it. The network head's side only.</summary>
internal sealed record ListProgrammeParticipants(Guid NetworkId, Guid ProgrammeId) : IQuery<IReadOnlyList<ParticipantDto>>;

internal sealed class ListProgrammeParticipantsHandler(DbSession db, NetworkAccess networks) : IRequestHandler<ListProgrammeParticipants, IReadOnlyList<ParticipantDto>>
{
    public async Task<IReadOnlyList<ParticipantDto>> Handle(ListProgrammeParticipants request, CancellationToken cancellationToken)
    {
        var network = await networks.VisibleAsync(request.NetworkId, cancellationToken);
        if (!networks.IsHeadSide(network))
            throw new ForbiddenException(Text.T("Seule la tête de réseau voit qui participe à ses programmes.", "Only the network head sees who takes part in its programmes."));
        await ProgrammeLookup.FindAsync(db, network.Id, request.ProgrammeId, cancellationToken);
        return (await db.QueryAsync<Row>(ParticipantsSql, new { request.ProgrammeId }, cancellationToken))
            .Select(r => new ParticipantDto(r.ContractId, new PartyDto(r.GranteeOrganizationId, r.GranteeName), r.Status, r.JoinedOn, r.JoinedByName)).ToList();
    }

    private sealed class Row
    {
        public Guid ContractId { get; init; }
        public Guid GranteeOrganizationId { get; init; }
        public string GranteeName { get; init; } = "";
        public ContractStatus Status { get; init; }
        public DateOnly JoinedOn { get; init; }
        public string JoinedByName { get; init; } = "";
    }

    internal const string ParticipantsSql = """
        SELECT pp.contract_id, c.grantee_organization_id, c.grantee_name, c.status, pp.joined_on, pp.joined_by_name
        FROM affiliations_programme_participations pp JOIN affiliations_contracts c ON c.id = pp.contract_id
        WHERE pp.programme_id = @ProgrammeId AND pp.left_on IS NULL AND 
        """ + ProgrammeRow.InForce + " ORDER BY c.grantee_name, pp.contract_id";
}

/// <summary>A programme of the network, or 404 (the same whether it exists in another network or nowhere).</summary>
internal static class ProgrammeLookup
{
    public static async Task<ProgrammeRow> FindAsync(DbSession db, Guid networkId, Guid programmeId, CancellationToken ct) =>
        await db.QuerySingleOrDefaultAsync<ProgrammeRow>(ByIdSql, new { NetworkId = networkId, ProgrammeId = programmeId }, ct)
        ?? throw new NotFoundException(Text.T("Programme introuvable dans ce réseau.", "Programme not found in this network."));

    internal const string ByIdSql = "SELECT " + ProgrammeRow.Columns + " FROM affiliations_programmes p WHERE p.id = @ProgrammeId AND p.network_id = @NetworkId";
}
