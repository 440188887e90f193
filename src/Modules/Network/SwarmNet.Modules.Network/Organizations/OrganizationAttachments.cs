using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Notifications;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

/// <summary>Whether the last registration attached an existing organisation (200) rather than creating one (201).</summary>
internal sealed class RegistrationOutcome
{
    public bool AttachedExisting { get; set; }
}

/// <summary>
/// One structure, several networks (docs/adr/0123): a head registering a SIRET already on the platform is attached to
/// that organisation, which it then sees; its details stay the structure's, whose admins are told who attached them.
/// </summary>
internal sealed class OrganizationAttachments(DbSession db, IMediator mediator, TimeProvider clock)
{
    public async Task AttachAsync(OrganizationRow existing, Guid head, Actor actor, CancellationToken ct)
    {
        if (existing.Id == head || existing.Kind == OrganizationKind.NetworkHead)
            throw new InputValidationException("/siret", Text.T("Ce SIRET est celui d'une tête de réseau, pas d'une structure locale.",
                "This SIRET is a network head's, not a local structure's."));
        if (existing.RegisteredByOrganizationId == head
            || await db.ExecuteAsync(AttachSql, new { OrganizationId = existing.Id, Head = head, Now = clock.GetUtcNow(), By = actor.UserId }, ct) == 0)
            return;
        var headName = await db.ExecuteScalarAsync<string>(NameSql, new { Id = head }, ct);
        await mediator.Send(new Notify([new Notice(existing.Id, [Roles.StructureAdmin, Roles.NetworkAdmin], $"network.attached:{existing.Id}:{head}",
            new($"{headName} suit désormais {existing.Name}", $"{headName} now follows {existing.Name}"),
            new($"{headName} a enregistré votre structure (SIRET {existing.Siret}) : la même organisation, vue aussi par ce réseau. Ses informations restent les vôtres.",
                $"{headName} registered your organisation (SIRET {existing.Siret}): the same organisation, now seen by that network too. Its details stay yours."))]), ct);
    }

    internal const string BySiretSql = "SELECT " + OrganizationRow.Columns + " FROM network_organizations WHERE siret = @Siret";

    internal const string NameSql = "SELECT name FROM network_organizations WHERE id = @Id";

    internal const string AttachSql = """
        INSERT INTO network_organization_attachments (organization_id, head_organization_id, attached_at, attached_by)
        SELECT @OrganizationId, @Head, @Now, @By
        WHERE NOT EXISTS (SELECT 1 FROM network_organization_attachments WHERE organization_id = @OrganizationId AND head_organization_id = @Head)
        """;
}
