using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Validation;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Invitations;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
        RuleFor(c => c.DisplayName).MaximumLength(200).SafeName();
        RuleFor(c => c.Password).StrongPassword().When(c => c.Password is not null);
    }
}

internal sealed class AcceptInvitationHandler(DbSession db, ActorContext actor, TimeProvider clock, PasswordWork passwords, IMediator mediator)
    : IRequestHandler<AcceptInvitation, AcceptedInvitationDto>
{
    public async Task<AcceptedInvitationDto> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        var invitation = SecretTokens.LooksLike(request.Token, SecretTokens.InvitationPrefix)
            ? await db.QuerySingleOrDefaultAsync<InvitationDto>(SelectPendingSql, new { Hash = SecretTokens.Hash(request.Token), Now = clock.GetUtcNow() }, cancellationToken)
            : null;
        if (invitation is null)
            throw NotFound();

        if (actor.Current.UserId is { } userId)
        {
            var email = await db.QuerySingleOrDefaultAsync<string>(SelectEmailSql, new { Id = userId }, cancellationToken);
            if (!string.Equals(email, invitation.Email, StringComparison.OrdinalIgnoreCase))
                throw NotFound();
            await mediator.Send(new JoinByInvitation(invitation.Id, userId, null), cancellationToken);
            return new AcceptedInvitationDto(invitation.OrganizationId, invitation.Role, SignInRequired: false);
        }

        // Asked of every anonymous caller, whether or not the address has an account.
        var missing = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.DisplayName))
            missing.Add(new FieldError("/displayName", Text.T("Indiquez votre nom pour créer votre compte.", "Enter your name to create your account.")));
        if (string.IsNullOrEmpty(request.Password))
            missing.Add(new FieldError("/password", Text.T("Choisissez un mot de passe pour créer votre compte.", "Choose a password to create your account.")));
        if (missing.Count > 0)
            throw new InputValidationException(missing);
        var account = new NewAccount(request.DisplayName!.Trim(), await passwords.HashAsync(request.Password!, cancellationToken));
        await mediator.Send(new JoinByInvitation(invitation.Id, null, account), cancellationToken);
        return new AcceptedInvitationDto(invitation.OrganizationId, invitation.Role, SignInRequired: true);
    }

    internal static NotFoundException NotFound() => new(Text.T("Invitation introuvable, expirée, déjà utilisée ou adressée à un autre compte.",
        "Invitation not found, expired, already used or addressed to another account."));

    internal const string SelectPendingSql = "SELECT " + InvitationDto.Columns + """
         FROM network_invitations
        WHERE token_hash = @Hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > @Now
        """;

    internal const string SelectEmailSql = "SELECT email FROM network_users WHERE id = @Id";
}
