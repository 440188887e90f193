using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class RegisterOrganizationValidator : AbstractValidator<RegisterOrganization>
{
    public RegisterOrganizationValidator()
    {
        Include(new OrganizationDetailsValidator());
        RuleFor(c => c.Kind).IsInEnum();
    }
}

/// <summary>
/// Registers an organisation, or — when a network head's staff register a SIRET already on the platform — attaches their
/// head to that organisation instead of creating a second one (docs/adr/0123): the details sent are not written over the
/// structure's own.
/// </summary>
internal sealed class RegisterOrganizationHandler(DbSession db, BuildingBlocks.Outbox.Outbox outbox, TimeProvider clock, ActorContext actorContext,
    OrganizationAttachments attachments, RegistrationOutcome outcome) : IRequestHandler<RegisterOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(RegisterOrganization request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var registeredBy = RegisteringHead.Of(actor, request.OnBehalfOf);
        if (OrganizationWrites.NullIfEmpty(request.Siret) is { } siret)
        {
            // Two registrations of one SIRET at once must not both insert (SQL Server; SQLite has one writer).
            await db.LockAsync($"network-siret-{siret}", cancellationToken);
            if (registeredBy is { } head
                && await db.QuerySingleOrDefaultAsync<OrganizationRow>(OrganizationAttachments.BySiretSql, new { Siret = siret }, cancellationToken) is { } existing)
            {
                await attachments.AttachAsync(existing, head, actor, cancellationToken);
                outcome.AttachedExisting = true;
                return existing.ToDto();
            }
        }
        await OrganizationWrites.EnsureSiretFreeAsync(db, request.Siret, null, cancellationToken);

        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertSql, OrganizationWrites.Parameters(request, id) with
        {
            Kind = request.Kind.ToString(), RegisteredBy = registeredBy, CreatedAt = clock.GetUtcNow(), CreatedBy = actor.UserId,
        }, cancellationToken);
        await outbox.PublishAsync(new OrganizationRegistered(id, request.Name.Trim(), request.Kind, OrganizationWrites.NullIfEmpty(request.Siret)), cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<OrganizationRow>(GetOrganizationHandler.SelectByIdSql, new { Id = id }, cancellationToken);
        return row!.ToDto();
    }

    internal const string InsertSql = """
        INSERT INTO network_organizations (id, name, kind, legal_form, siret, address, postal_code, city, iae_approval,
            referent_name, referent_role, referent_email, referent_phone, referent_time_percent, registered_by_organization_id,
            created_at, created_by, version)
        VALUES (@Id, @Name, @Kind, @LegalForm, @Siret, @Address, @PostalCode, @City, @IaeApproval,
            @ReferentName, @ReferentRole, @ReferentEmail, @ReferentPhone, @ReferentTimePercent, @RegisteredBy,
            @CreatedAt, @CreatedBy, 1)
        """;
}
