using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>
/// The e-mailed token is the credential: whoever holds it sees the invitation it names, nothing else — not whether the
/// address has an account (docs/adr/0056).
/// </summary>
internal sealed class PreviewInvitationHandler(DbSession db, TimeProvider clock) : IRequestHandler<PreviewInvitation, InvitationPreviewDto>
{
    public async Task<InvitationPreviewDto> Handle(PreviewInvitation request, CancellationToken cancellationToken)
    {
        var row = SecretTokens.LooksLike(request.Token, SecretTokens.InvitationPrefix)
            ? await db.QuerySingleOrDefaultAsync<Row>(SelectSql, new { Hash = SecretTokens.Hash(request.Token), Now = clock.GetUtcNow() }, cancellationToken)
            : null;
        return row is null
            ? throw new NotFoundException(Text.T("Invitation introuvable, expirée ou déjà utilisée.", "Invitation not found, expired or already used."))
            : new InvitationPreviewDto(row.OrganizationName, row.Email, row.Role, row.ExpiresAt);
    }

    internal const string SelectSql = """
        SELECT o.name AS organization_name, i.email, i.role, i.expires_at
        FROM network_invitations i JOIN network_organizations o ON o.id = i.organization_id
        WHERE i.token_hash = @Hash AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > @Now
        """;

    private sealed class Row
    {
        public string OrganizationName { get; init; } = "";
        public string Email { get; init; } = "";
        public string Role { get; init; } = "";
        public DateTimeOffset ExpiresAt { get; init; }
    }
}
