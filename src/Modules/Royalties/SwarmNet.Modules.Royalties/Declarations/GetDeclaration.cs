using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Declarations;

internal sealed class GetDeclarationHandler(DbSession db, ActorContext actor) : IRequestHandler<GetDeclaration, DeclarationDto>
{
    public async Task<DeclarationDto> Handle(GetDeclaration request, CancellationToken cancellationToken)
    {
        var scope = RoyaltyAccess.Scope(actor.Current);
        var rows = await db.QueryAsync<DeclarationVersionRow>(SelectSql, new { request.Id, scope.All, scope.GrantorIds, scope.StructureIds }, cancellationToken);
        if (rows.Count == 0)
            throw NotFound();
        var current = rows.Single(r => r.Version == r.CurrentVersion);
        return current.ToDto([.. rows.Select(r => r.ToVersion())]);
    }

    public static NotFoundException NotFound() => new(Text.T("Déclaration introuvable.", "Declaration not found."));

    internal const string SelectSql = "SELECT " + DeclarationVersionRow.Columns + """

        FROM royalties_declarations d
        JOIN royalties_declaration_versions v ON v.declaration_id = d.id
        JOIN royalties_agreements a ON a.id = d.agreement_id
        WHERE d.id = @Id AND
        """ + " " + "(@All = 1 OR a.grantor_organization_id IN @GrantorIds OR a.structure_organization_id IN @StructureIds) ORDER BY v.version";
}
