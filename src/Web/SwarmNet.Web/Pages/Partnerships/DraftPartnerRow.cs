using SwarmNet.Modules.Partnerships.Contracts.Pages;

namespace SwarmNet.Web.Pages.Partnerships;

/// <summary>
/// One partner of the drafting form: the organisation (chosen, not typed), its role, who signs for it, and whether it reports
/// the template's indicators. Its fields' errors come back under <c>/content/partners/{index}/…</c>.
/// </summary>
public sealed class DraftPartnerRow(Guid organizationId, string name, string role)
{
    public Guid OrganizationId { get; } = organizationId;
    public string Name { get; } = name;
    public string Role { get; set; } = role;
    public string? SignatoryName { get; set; }
    public string? SignatoryTitle { get; set; }
    public bool Reports { get; set; }

    /// <summary>The lead is the network head drafting: it stays, with its role.</summary>
    public bool IsLead => Role == PartnerRoleChoice.Lead;

    public DraftPartner ToRequest() => new(OrganizationId, Role, SignatoryName, SignatoryTitle);

    public static string Path(int index, string field) => $"/content/partners/{index}/{field}";
}
