using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>
/// An admin (or the network head onboarding the structure, see <see cref="InvitationRights"/>) invites an e-mail with a
/// role the organisation's kind allows; the link (single use, expiring) is e-mailed and its token kept hashed.
/// </summary>
internal sealed record InviteMember(Guid OrganizationId, string Email, string Role) : ICommand<InvitationDto>;

internal sealed class InviteMemberValidator : AbstractValidator<InviteMember>
{
    public InviteMemberValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Role).KnownRole();
    }
}

internal sealed class InviteMemberHandler(DbSession db, TimeProvider clock, ActorContext actor, AccessOptions options, MailQueue mail)
    : IRequestHandler<InviteMember, InvitationDto>
{
    public async Task<InvitationDto> Handle(InviteMember request, CancellationToken cancellationToken)
    {
        await InvitationRights.EnsureAsync(db, actor.Current, request.OrganizationId, cancellationToken);
        var organization = await db.QuerySingleOrDefaultAsync<OrganizationRow>(SelectOrganizationSql, request, cancellationToken)
            ?? throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
        RolesByKind.Ensure(organization.Kind, request.Role);
        var email = EmailAddress.Normalize(request.Email);
        if (await db.ExecuteScalarAsync<long>(CountMemberByEmailSql, new { request.OrganizationId, Email = email }, cancellationToken) > 0)
            throw new ConflictException(Text.T("Cette personne est déjà membre de l'organisation.", "This person is already a member."));

        var now = clock.GetUtcNow();
        // Inviting again replaces the earlier link: only the latest e-mail works.
        await db.ExecuteAsync(SupersedePendingSql, new { request.OrganizationId, Email = email, Now = now }, cancellationToken);
        var token = SecretTokens.New(SecretTokens.InvitationPrefix);
        var invitation = new InvitationDto
        {
            Id = Guid.CreateVersion7(), OrganizationId = request.OrganizationId, Email = email, Role = request.Role,
            CreatedAt = now, ExpiresAt = now + options.InvitationLifetime,
        }.WithStatus(now);
        await db.ExecuteAsync(InsertInvitationSql, new
        {
            invitation.Id, invitation.OrganizationId, invitation.Email, invitation.Role, TokenHash = SecretTokens.Hash(token),
            invitation.CreatedAt, CreatedBy = actor.Current.UserId, invitation.ExpiresAt,
        }, cancellationToken);
        await mail.EnqueueAsync(InvitationEmail.Compose(invitation, organization.Name, actor.Current.DisplayName, $"{options.PublicUrl}/invitations/accept?token={token}"), cancellationToken);
        return invitation;
    }

    private sealed class OrganizationRow
    {
        public string Name { get; init; } = "";
        public OrganizationKind Kind { get; init; }
    }

    internal const string SelectOrganizationSql = "SELECT name, kind FROM network_organizations WHERE id = @OrganizationId";

    internal const string CountMemberByEmailSql = """
        SELECT COUNT(*) FROM network_memberships m JOIN network_users u ON u.id = m.user_id
        WHERE m.organization_id = @OrganizationId AND u.email = @Email
        """;

    internal const string SupersedePendingSql = """
        UPDATE network_invitations SET revoked_at = @Now
        WHERE organization_id = @OrganizationId AND email = @Email AND accepted_at IS NULL AND revoked_at IS NULL
        """;

    internal const string InsertInvitationSql = """
        INSERT INTO network_invitations (id, organization_id, email, role, token_hash, created_at, created_by, expires_at)
        VALUES (@Id, @OrganizationId, @Email, @Role, @TokenHash, @CreatedAt, @CreatedBy, @ExpiresAt)
        """;
}
