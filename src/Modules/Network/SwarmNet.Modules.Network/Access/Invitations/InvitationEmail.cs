using System.Globalization;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Access.Rules;

namespace SwarmNet.Modules.Network.Access.Invitations;

/// <summary>The invitation e-mail, in French: the invitee has no language preference yet.</summary>
internal static class InvitationEmail
{
    public static EmailMessage Compose(InvitationDto invitation, string organization, string invitedBy, string link) => new(
        invitation.Email,
        $"Invitation à rejoindre {organization} sur SwarmNet",
        $"""
        Bonjour,

        {invitedBy} vous invite à rejoindre {organization} sur SwarmNet (rôle : {RolesByKind.FrenchLabel(invitation.Role)}).

        Pour accepter, ouvrez ce lien avant le {invitation.ExpiresAt.ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)} :
        {link}

        Le lien ne sert qu'une fois. Si vous n'attendiez pas cette invitation, ignorez ce message.
        """);
}
