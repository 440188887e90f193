namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>The person who carries the network inside the organisation, and the share of working time they give it.</summary>
public sealed record Referent(string Name, string Role, string Email, string? Phone, int DedicatedTimePercent);
