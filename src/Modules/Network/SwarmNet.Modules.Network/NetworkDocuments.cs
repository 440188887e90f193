namespace SwarmNet.Modules.Network;

/// <summary>The Network module's files (DIPs, readiness evidence) live under this area of the DocumentStore, one folder per candidacy.</summary>
internal static class NetworkDocuments
{
    public const string Area = "network";
}
