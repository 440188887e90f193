using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Users;

namespace SwarmNet.Modules.Network.Access.Invitations;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
        RuleFor(c => c.DisplayName).MaximumLength(200);
        RuleFor(c => c.Password).StrongPassword().When(c => c.Password is not null);
    }
}

internal sealed class AcceptInvitationHandler(DbSession db, TimeProvider clock) : IRequestHandler<AcceptInvitation, AcceptedInvitationDto>
{
    public async Task<AcceptedInvitationDto> Handle(AcceptInvitation request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invitation = SecretTokens.LooksLike(request.Token, SecretTokens.InvitationPrefix)
            ? await db.QuerySingleOrDefaultAsync<InvitationDto>(SelectPendingSql, new { Hash = SecretTokens.Hash(request.Token), Now = now }, cancellationToken)
            : null;
        if (invitation is null)
            throw new NotFoundException(Text.T("Invitation introuvable, expirée ou déjà utilisée.", "Invitation not found, expired or already used."));

        var userId = await db.QuerySingleOrDefaultAsync<Guid?>(UserSql.SelectUserIdByEmailSql, new { invitation.Email }, cancellationToken);
        var created = userId is null;
        userId ??= await CreateUserAsync(invitation.Email, request, now, cancellationToken);
        if (await db.ExecuteScalarAsync<long>(UserSql.CountMembershipSql, new { invitation.OrganizationId, UserId = userId }, cancellationToken) > 0)
            throw new ConflictException(Text.T("Vous êtes déjà membre de cette organisation.", "You are already a member of this organisation."));

        // The guard on accepted_at makes a second, concurrent acceptance of the same link fail.
        if (await db.ExecuteAsync(MarkAcceptedSql, new { invitation.Id, UserId = userId, Now = now }, cancellationToken) == 0)
            throw new ConflictException(Text.T("Cette invitation vient d'être utilisée.", "This invitation was just used."));
        await db.ExecuteAsync(UserSql.InsertMembershipSql,
            new { invitation.OrganizationId, UserId = userId, invitation.Role, CreatedAt = now }, cancellationToken);
        return new AcceptedInvitationDto(userId.Value, invitation.OrganizationId, invitation.Role, created);
    }

    private async Task<Guid> CreateUserAsync(string email, AcceptInvitation request, DateTimeOffset now, CancellationToken ct)
    {
        var missing = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(request.DisplayName))
            missing.Add(new FieldError("/displayName", Text.T("Indiquez votre nom pour créer votre compte.", "Enter your name to create your account.")));
        if (string.IsNullOrEmpty(request.Password))
            missing.Add(new FieldError("/password", Text.T("Choisissez un mot de passe pour créer votre compte.", "Choose a password to create your account.")));
        if (missing.Count > 0)
            throw new InputValidationException(missing);
        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(UserSql.InsertUserSql, new
        {
            Id = id, Email = email, DisplayName = request.DisplayName!.Trim(), PasswordHash = Passwords.Hash(request.Password!),
            IsPlatformAdmin = false, CreatedAt = now,
        }, ct);
        return id;
    }

    internal const string SelectPendingSql = "SELECT " + InvitationDto.Columns + """
         FROM network_invitations
        WHERE token_hash = @Hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > @Now
        """;

    internal const string MarkAcceptedSql = """
        UPDATE network_invitations SET accepted_at = @Now, accepted_by = @UserId
        WHERE id = @Id AND accepted_at IS NULL AND revoked_at IS NULL
        """;
}
