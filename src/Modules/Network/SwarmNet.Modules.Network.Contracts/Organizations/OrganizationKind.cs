namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>A network head (tête de réseau) spreads a model; a local structure reproduces it; some do both.</summary>
public enum OrganizationKind
{
    NetworkHead,
    LocalStructure,
    Both,
}
