using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>
/// The partnership's own columns of partnerships_contracts: its content as the lead wrote it (JSON) and the partners, each a
/// row of partnerships_partners with the name and kind of its organisation when drafted. The kernel's columns come as its record.
/// </summary>
internal sealed class PartnershipRow
{
    public Guid Id { get; init; }
    public string Content { get; init; } = "{}";
    public IReadOnlyList<PartnerRow> Partners { get; set; } = [];

    public PartnershipContent ContentOf() => ContractJson.Read<PartnershipContent>(Content);

    public PartnerRow Lead => Partners.First(p => p.Role == nameof(PartnerRole.Lead));

    public string NameOf(Guid organizationId) => Partners.FirstOrDefault(p => p.OrganizationId == organizationId)?.OrganizationName ?? "";
}

internal sealed class PartnerRow
{
    public Guid OrganizationId { get; init; }
    public string OrganizationName { get; init; } = "";
    public string OrganizationKind { get; init; } = "";
    public string Role { get; init; } = "";
    public int Position { get; init; }
    public string SignatoryName { get; init; } = "";
    public string SignatoryTitle { get; init; } = "";

    public PartnerRole RoleOf => Enum.Parse<PartnerRole>(Role);

    public const string Columns = "p.organization_id, p.organization_name, p.organization_kind, p.role, p.position, p.signatory_name, p.signatory_title";
}
