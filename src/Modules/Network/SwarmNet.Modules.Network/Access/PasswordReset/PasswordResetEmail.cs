using System.Globalization;
using SwarmNet.BuildingBlocks.Mail;

namespace SwarmNet.Modules.Network.Access.PasswordReset;

/// <summary>The reset e-mail, in French like the invitation: the address alone does not tell us the reader's language.</summary>
internal static class PasswordResetEmail
{
    public static EmailMessage Compose(string email, string link, DateTimeOffset expiresAt) => new(
        email,
        "Réinitialisation de votre mot de passe SwarmNet",
        $"""
        Bonjour,

        Une réinitialisation du mot de passe de votre compte SwarmNet a été demandée.

        Pour choisir un nouveau mot de passe, ouvrez ce lien avant le {expiresAt.ToString("dd/MM/yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture)} :
        {link}

        Le lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
        """);
}
