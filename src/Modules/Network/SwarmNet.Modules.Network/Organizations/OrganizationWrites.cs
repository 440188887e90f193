using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

/// <summary>What registration and update write the same way: trimmed details as SQL parameters, and SIRET uniqueness.</summary>
internal static class OrganizationWrites
{
    internal sealed record Row(
        Guid Id, string Name, string LegalForm, string? Siret, string? Address, string? PostalCode, string? City, string? IaeApproval,
        string? ReferentName, string? ReferentRole, string? ReferentEmail, string? ReferentPhone, int? ReferentTimePercent)
    {
        public string? Kind { get; init; }
        public Guid? RegisteredBy { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public Guid? CreatedBy { get; init; }
    }

    public static Row Parameters(IOrganizationDetails details, Guid id) => new(
        id, details.Name.Trim(), details.LegalForm.ToString(), NullIfEmpty(details.Siret), NullIfEmpty(details.Address),
        NullIfEmpty(details.PostalCode), NullIfEmpty(details.City), NullIfEmpty(details.IaeApproval),
        NullIfEmpty(details.Referent?.Name), NullIfEmpty(details.Referent?.Role), NullIfEmpty(details.Referent?.Email),
        NullIfEmpty(details.Referent?.Phone), details.Referent?.DedicatedTimePercent);

    public static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static async Task EnsureSiretFreeAsync(DbSession db, string? siret, Guid? except, CancellationToken ct)
    {
        if (NullIfEmpty(siret) is { } value
            && await db.ExecuteScalarAsync<long>(CountSiretSql, new { Siret = value, Except = except ?? Guid.Empty }, ct) > 0)
            throw new InputValidationException("/siret", Text.T("Une organisation porte déjà ce SIRET.", "An organization already has this SIRET."));
    }

    internal const string CountSiretSql = "SELECT COUNT(*) FROM network_organizations WHERE siret = @Siret AND id <> @Except";
}
