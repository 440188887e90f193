using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Notifications;

/// <summary>A text in both languages; each person gets theirs (French unless they chose English).</summary>
public sealed record LocalizedText(string French, string English)
{
    public string In(string? language) => language == "en" ? English : French;
}

/// <summary>
/// Something to tell the people holding one of <see cref="Roles"/> in an organisation. <see cref="Key"/> names what it is
/// about (e.g. "obligations.reminder:{occurrence}:7"); <see cref="Link"/> is a path of the web application.
/// </summary>
public sealed record Notice(Guid OrganizationId, IReadOnlyList<string> Roles, string Key, LocalizedText Subject, LocalizedText Body, string? Link = null);

/// <summary>
/// Tells each person concerned, in their language: an entry in their in-app list and an e-mail, both written in the
/// caller's transaction (the e-mail leaves after the commit). Returns how many people were notified.
/// </summary>
public sealed record Notify(IReadOnlyList<Notice> Notices) : ICommand<int>;
