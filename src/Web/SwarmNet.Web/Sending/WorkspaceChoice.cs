namespace SwarmNet.Web.Sending;

/// <summary>The organisation the user chose to work in (people of several organisations switch); null: their first one.</summary>
public sealed record WorkspaceChoice(Guid? OrganizationId);
