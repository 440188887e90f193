using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Drafting;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>
/// Writes a draft: the kernel's columns from the content's term and terms, the content itself, and the partners (one
/// statement for all of them: they travel as a JSON array, read by json_each in SQLite and OPENJSON in SQL Server).
/// </summary>
internal sealed class PartnershipWrites(DbSession db)
{
    public async Task InsertAsync(Guid id, PartnershipContent content, PartnerCheck.Checked partners, DateTimeOffset now, CancellationToken ct)
    {
        var columns = Columns(id, content, now);
        columns["GrantorId"] = partners.Lead.Terms.OrganizationId;
        columns["GrantorName"] = partners.Lead.Name;
        columns["StructureId"] = partners.Structure.Terms.OrganizationId;
        columns["StructureName"] = partners.Structure.Name;
        columns["NetworkId"] = partners.NetworkId;
        columns["CandidacyId"] = partners.CandidacyId;
        await db.ExecuteAsync(InsertSql, new Dapper.DynamicParameters(columns), ct);
        await InsertPartnersAsync(id, partners, ct);
    }

    /// <summary>False when the draft moved on since it was read (its version, or its status).</summary>
    public async Task<bool> ReplaceAsync(Guid id, int version, PartnershipContent content, PartnerCheck.Checked partners, DateTimeOffset now, CancellationToken ct)
    {
        var columns = Columns(id, content, now);
        columns["Version"] = version;
        columns["StructureId"] = partners.Structure.Terms.OrganizationId;
        columns["StructureName"] = partners.Structure.Name;
        if (await db.ExecuteAsync(UpdateSql, new Dapper.DynamicParameters(columns), ct) == 0)
            return false;
        await db.ExecuteAsync(DeletePartnersSql, new { Id = id }, ct);
        await InsertPartnersAsync(id, partners, ct);
        return true;
    }

    private static Dictionary<string, object?> Columns(Guid id, PartnershipContent content, DateTimeOffset now)
    {
        var term = content.Term!;
        return new()
        {
            ["Id"] = id, ["Title"] = content.Title!.Trim(), ["Objective"] = content.Objective!.Trim(), ["Content"] = ContractJson.Write(content),
            ["ObligationTerms"] = ContractJson.Write(PartnershipObligations.Of(content)), ["ExitTerms"] = ContractJson.WriteOrNull(content.ExitTerms),
            ["EffectiveDate"] = term.EffectiveDate, ["EndDate"] = term.EndDate, ["TacitRenewal"] = term.TacitRenewal, ["RenewalMonths"] = term.RenewalMonths,
            ["NoticeDays"] = term.NoticeDays, ["Now"] = now,
        };
    }

    private Task InsertPartnersAsync(Guid id, PartnerCheck.Checked partners, CancellationToken ct)
    {
        var rows = partners.Partners.Select((p, i) => new
        {
            organizationId = p.Terms.OrganizationId, name = p.Name, kind = p.Kind.ToString(), role = p.Terms.Role.ToString(), position = i,
            signatoryName = p.Terms.Signatory!.Name!.Trim(), signatoryTitle = p.Terms.Signatory.Title!.Trim(),
        });
        var sql = db.Dialect.Provider == DatabaseProvider.SqlServer ? SqlServerInsertPartnersSql : SqliteInsertPartnersSql;
        return db.ExecuteAsync(sql, new { Id = id, Partners = JsonSerializer.Serialize(rows) }, ct);
    }

    internal const string InsertSql = """
        INSERT INTO partnerships_contracts (id, grantor_organization_id, grantor_name, structure_organization_id, structure_name, network_id, candidacy_id,
            exclusive, title, objective, content, royalty_terms, obligation_terms, exit_terms, effective_date, end_date, tacit_renewal, renewal_months,
            notice_days, renewal_decision, status, created_at, updated_at, version)
        VALUES (@Id, @GrantorId, @GrantorName, @StructureId, @StructureName, @NetworkId, @CandidacyId,
            0, @Title, @Objective, @Content, NULL, @ObligationTerms, @ExitTerms, @EffectiveDate, @EndDate, @TacitRenewal, @RenewalMonths,
            @NoticeDays, 'None', 'Draft', @Now, @Now, 1)
        """;

    internal const string UpdateSql = """
        UPDATE partnerships_contracts SET structure_organization_id = @StructureId, structure_name = @StructureName, title = @Title,
            objective = @Objective, content = @Content, obligation_terms = @ObligationTerms, exit_terms = @ExitTerms, effective_date = @EffectiveDate,
            end_date = @EndDate, tacit_renewal = @TacitRenewal, renewal_months = @RenewalMonths, notice_days = @NoticeDays, updated_at = @Now,
            version = version + 1
        WHERE id = @Id AND status = 'Draft' AND version = @Version
        """;

    internal const string DeletePartnersSql = "DELETE FROM partnerships_partners WHERE contract_id = @Id";

    internal const string SqliteInsertPartnersSql = """
        INSERT INTO partnerships_partners (contract_id, organization_id, organization_name, organization_kind, role, position, signatory_name, signatory_title)
        SELECT @Id, json_extract(r.value, '$.organizationId'), json_extract(r.value, '$.name'), json_extract(r.value, '$.kind'), json_extract(r.value, '$.role'),
               json_extract(r.value, '$.position'), json_extract(r.value, '$.signatoryName'), json_extract(r.value, '$.signatoryTitle')
        FROM json_each(@Partners) r
        """;

    internal const string SqlServerInsertPartnersSql = """
        INSERT INTO partnerships_partners (contract_id, organization_id, organization_name, organization_kind, role, position, signatory_name, signatory_title)
        SELECT @Id, r.organizationId, r.name, r.kind, r.role, r.position, r.signatoryName, r.signatoryTitle
        FROM OPENJSON(@Partners) WITH (organizationId UNIQUEIDENTIFIER '$.organizationId', name NVARCHAR(200) '$.name', kind NVARCHAR(20) '$.kind',
                 role NVARCHAR(20) '$.role', position INT '$.position', signatoryName NVARCHAR(200) '$.signatoryName',
                 signatoryTitle NVARCHAR(200) '$.signatoryTitle') r
        """;
}
