namespace SwarmNet.BuildingBlocks.Mail;

/// <summary>One plain-text e-mail to one person, already in the reader's language.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
