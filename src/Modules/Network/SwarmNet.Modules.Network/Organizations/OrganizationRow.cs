using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class OrganizationRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public OrganizationKind Kind { get; init; }
    public LegalForm LegalForm { get; init; }
    public string? Siret { get; init; }
    public string? Address { get; init; }
    public string? PostalCode { get; init; }
    public string? City { get; init; }
    public string? IaeApproval { get; init; }
    public string? ReferentName { get; init; }
    public string? ReferentRole { get; init; }
    public string? ReferentEmail { get; init; }
    public string? ReferentPhone { get; init; }
    public int? ReferentTimePercent { get; init; }
    public Guid? RegisteredByOrganizationId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Version { get; init; }

    public OrganizationDto ToDto() => new(Id, Name, Kind, LegalForm, Siret, Address, PostalCode, City, IaeApproval,
        ReferentName is null ? null : new Referent(ReferentName, ReferentRole ?? "", ReferentEmail ?? "", ReferentPhone, ReferentTimePercent ?? 0),
        RegisteredByOrganizationId, CreatedAt, Version);

    public const string Columns = """
        id, name, kind, legal_form, siret, address, postal_code, city, iae_approval, referent_name, referent_role,
        referent_email, referent_phone, referent_time_percent, registered_by_organization_id, created_at, version
        """;
}
