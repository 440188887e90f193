using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.Modules.Network.Access.Users;

internal sealed class ProvisionUserValidator : AbstractValidator<ProvisionUser>
{
    public ProvisionUserValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(200).SafeName();
        RuleFor(c => c.Password).StrongPassword();
        RuleForEach(c => c.Memberships).ChildRules(m => m.RuleFor(x => x.Role).KnownRole());
    }
}

internal sealed class ProvisionUserHandler(ActorContext actor, PasswordWork passwords, IMediator mediator) : IRequestHandler<ProvisionUser, Guid>
{
    public async Task<Guid> Handle(ProvisionUser request, CancellationToken cancellationToken) =>
        actor.Current.IsPlatformAdmin
            ? await mediator.Send(new InsertUser(request, await passwords.HashAsync(request.Password, cancellationToken)), cancellationToken)
            : throw new ForbiddenException(Text.T("Réservé aux administrateurs de la plateforme.", "Platform admins only."));
}

/// <summary>The writes of a provisioning, with the password already hashed.</summary>
internal sealed record InsertUser(ProvisionUser User, string PasswordHash) : ICommand<Guid>;

internal sealed class InsertUserHandler(DbSession db, TimeProvider clock) : IRequestHandler<InsertUser, Guid>
{
    public async Task<Guid> Handle(InsertUser command, CancellationToken cancellationToken)
    {
        var request = command.User;
        var email = EmailAddress.Normalize(request.Email);
        if (await db.QuerySingleOrDefaultAsync<Guid?>(UserSql.SelectUserIdByEmailSql, new { Email = email }, cancellationToken) is not null)
            throw new ConflictException(Text.T("Un compte existe déjà pour cette adresse e-mail.", "An account already exists for this e-mail."));

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(UserSql.InsertUserSql, new
        {
            Id = id, Email = email, DisplayName = request.DisplayName.Trim(), command.PasswordHash, request.IsPlatformAdmin, CreatedAt = now,
        }, cancellationToken);
        foreach (var membership in request.Memberships ?? [])
        {
            if (await db.ExecuteScalarAsync<long>(UserSql.CountOrganizationSql, new { membership.OrganizationId }, cancellationToken) == 0)
                throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
            await db.ExecuteAsync(UserSql.InsertMembershipSql,
                new { membership.OrganizationId, UserId = id, membership.Role, CreatedAt = now }, cancellationToken);
        }
        return id;
    }
}
