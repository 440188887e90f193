using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class OrganizationRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public OrganizationKind Kind { get; init; }
    public string? Siret { get; init; }
    public string? City { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public OrganizationDto ToDto() => new(Id, Name, Kind, Siret, City, CreatedAt);

    public const string Columns = "id, name, kind, siret, city, created_at";
}
