using SwarmNet.BuildingBlocks.Data;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.Modules.Licences.Domain;

namespace SwarmNet.Modules.Licences.Drafting;

/// <summary>
/// No two running licences of one brand may share territory when either is exclusive: checked on draft, edit and each
/// signature, within the grantor's own brand only (a brand belongs to one network head). A free-text territory cannot
/// be compared, so it counts as overlapping (docs/adr/0041). The refusal names the rival only to who may see it.
/// </summary>
internal static class Exclusivity
{
    public static async Task<FieldError?> CheckAsync(DbSession db, Guid licenceId, Guid grantorId, LicenceContent content, Actor actor, string path, CancellationToken ct)
    {
        var brandKey = BrandGate.KeyOf(content.Brand!.Name!);
        // Two commands on the same brand at once must not both see "no rival" (SQL Server; SQLite has one writer).
        if (!await db.LockAsync($"licences-brand-{grantorId:N}-{brandKey}", ct))
            throw new ConflictException(Text.T("Des licences de cette marque sont en cours de modification : réessayez.",
                "Licences of this brand are being changed: try again."));
        var rivals = await db.QueryAsync<RivalRow>(SelectRivalsSql, new { Id = licenceId, Grantor = grantorId, BrandKey = brandKey, content.Exclusive }, ct);
        foreach (var rival in rivals)
        {
            var theirs = new Territory(ContractJson.Read<string[]>(rival.TerritoryCommunes), ContractJson.Read<string[]>(rival.TerritoryDepartments), null);
            var shared = content.Territory!.OverlapWith(theirs);
            if (shared is { Count: 0 })
                continue;
            var where = shared is null
                ? Text.T("territoire non comparable : précisez communes ou départements", "territory cannot be compared: list communes or departments")
                : string.Join(", ", shared);
            var exclusive = rival.Exclusive ? Text.T("exclusive ", "exclusive ") : "";
            return actor.CanSee(rival.GrantorOrganizationId) || actor.CanSee(rival.LicenseeOrganizationId)
                ? new FieldError(path, Text.T(
                    $"Le territoire chevauche la licence {exclusive}{rival.Id} de la marque « {rival.BrandName} » concédée à {rival.LicenseeName} ({LicenceKind.Info.Noun.Status(rival.Status)}) : {where}.",
                    $"The territory overlaps {exclusive}licence {rival.Id} of brand '{rival.BrandName}' granted to {rival.LicenseeName} ({LicenceKind.Info.Noun.Status(rival.Status)}): {where}."))
                : new FieldError(path, Text.T($"Le territoire chevauche une licence {exclusive}de la marque « {rival.BrandName} » : {where}.",
                    $"The territory overlaps an {exclusive}licence of brand '{rival.BrandName}': {where}."));
        }
        return null;
    }

    /// <summary>The grantor's running licences of the brand that clash if they overlap: the exclusive ones, or all when this one is exclusive.</summary>
    internal const string SelectRivalsSql = """
        SELECT l.id, l.grantor_organization_id, l.licensee_organization_id, l.brand_name, l.licensee_name, l.status, l.exclusive,
               l.territory_communes, l.territory_departments
        FROM licences_licences l
        WHERE l.brand_key = @BrandKey AND l.grantor_organization_id = @Grantor AND l.id <> @Id AND l.status IN ('Signed', 'Active', 'Suspended')
          AND (l.exclusive = 1 OR @Exclusive = 1)
        ORDER BY l.effective_date, l.id
        """;

    private sealed class RivalRow
    {
        public Guid Id { get; init; }
        public Guid GrantorOrganizationId { get; init; }
        public Guid LicenseeOrganizationId { get; init; }
        public string BrandName { get; init; } = "";
        public string LicenseeName { get; init; } = "";
        public ContractStatus Status { get; init; }
        public bool Exclusive { get; init; }
        public string TerritoryCommunes { get; init; } = "[]";
        public string TerritoryDepartments { get; init; } = "[]";
    }
}
