using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Network.Contracts.Notifications;

/// <summary>The signed-in person chooses the language of their e-mails and notifications: fr (the default) or en.</summary>
public sealed record ChooseLanguage(string Language) : ICommand;
