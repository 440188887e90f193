namespace SwarmNet.Modules.Network.Contracts.Organizations;

/// <summary>The details registration and update share, so both are validated by the same rules.</summary>
public interface IOrganizationDetails
{
    string Name { get; }
    LegalForm LegalForm { get; }
    string? Siret { get; }
    string? Address { get; }
    string? PostalCode { get; }
    string? City { get; }
    string? IaeApproval { get; }
    Referent? Referent { get; }
}
