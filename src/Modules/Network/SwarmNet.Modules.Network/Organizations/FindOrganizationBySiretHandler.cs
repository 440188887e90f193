using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Organizations;

/// <summary>
/// A head's staff look a SIRET up before registering the structure: only what the public SIRENE register tells anyway
/// (name, kind, city), never its contacts, and whether their head already sees it. Platform admins see everything.
/// </summary>
internal sealed class FindOrganizationBySiretHandler(DbSession db, ActorContext actorContext) : IRequestHandler<FindOrganizationBySiret, OrganizationMatchDto>
{
    public async Task<OrganizationMatchDto> Handle(FindOrganizationBySiret request, CancellationToken cancellationToken)
    {
        if (!Siret.IsValid(request.Siret))
            throw new InputValidationException("/siret", Siret.Invalid());
        var head = RegisteringHead.Of(actorContext.Current, request.OnBehalfOf);
        var match = await db.QuerySingleOrDefaultAsync<Match>(head is null ? AnySql : SeenByHeadSql,
                        new { request.Siret, All = 0, OrgIds = new[] { (head ?? Guid.Empty).ToString("D") } }, cancellationToken)
                    ?? throw new NotFoundException(Text.T("Aucune organisation enregistrée ne porte ce SIRET : enregistrez la structure.",
                        "No registered organization has this SIRET: register the structure."));
        return new OrganizationMatchDto(match.Id, match.Name, match.Kind, match.City, match.Attached == 1);
    }

    private sealed class Match
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public OrganizationKind Kind { get; init; }
        public string? City { get; init; }
        public long Attached { get; init; }
    }

    internal const string AnySql = "SELECT o.id, o.name, o.kind, o.city, 1 AS attached FROM network_organizations o WHERE o.siret = @Siret";

    internal const string SeenByHeadSql = "SELECT o.id, o.name, o.kind, o.city, CASE WHEN " + OrganizationVisibility.Filter
        + " THEN 1 ELSE 0 END AS attached FROM network_organizations o WHERE o.siret = @Siret";
}
