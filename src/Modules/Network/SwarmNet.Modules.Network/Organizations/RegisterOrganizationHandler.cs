using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class RegisterOrganizationValidator : AbstractValidator<RegisterOrganization>
{
    public RegisterOrganizationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.City).MaximumLength(100);
        RuleFor(c => c.Siret)
            .Must(Siret.IsValid)
            .When(c => !string.IsNullOrEmpty(c.Siret))
            .WithMessage(_ => Text.T("Le SIRET doit compter 14 chiffres et être valide (clé de Luhn).",
                "The SIRET must have 14 digits and be valid (Luhn check)."));
    }
}

internal sealed class RegisterOrganizationHandler(DbSession db, BuildingBlocks.Outbox.Outbox outbox, TimeProvider clock, ActorContext actor)
    : IRequestHandler<RegisterOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(RegisterOrganization request, CancellationToken cancellationToken)
    {
        var siret = string.IsNullOrEmpty(request.Siret) ? null : request.Siret;
        if (siret is not null && await db.ExecuteScalarAsync<long>(CountSiretSql, new { Siret = siret }, cancellationToken) > 0)
            throw new InputValidationException("/siret", Text.T("Une organisation porte déjà ce SIRET.", "An organization already has this SIRET."));

        var row = new OrganizationRow
        {
            Id = Guid.CreateVersion7(), Name = request.Name.Trim(), Kind = request.Kind,
            Siret = siret, City = string.IsNullOrWhiteSpace(request.City) ? null : request.City.Trim(), CreatedAt = clock.GetUtcNow(),
        };
        await db.ExecuteAsync(InsertSql, new
        {
            row.Id, row.Name, Kind = row.Kind.ToString(), row.Siret, row.City, row.CreatedAt, CreatedBy = actor.Current.UserId,
        }, cancellationToken);
        await outbox.PublishAsync(new OrganizationRegistered(row.Id, row.Name, row.Kind, row.Siret), cancellationToken);
        return row.ToDto();
    }

    internal const string CountSiretSql = "SELECT COUNT(*) FROM network_organizations WHERE siret = @Siret";

    internal const string InsertSql = """
        INSERT INTO network_organizations (id, name, kind, siret, city, created_at, created_by, version)
        VALUES (@Id, @Name, @Kind, @Siret, @City, @CreatedAt, @CreatedBy, 1)
        """;
}
