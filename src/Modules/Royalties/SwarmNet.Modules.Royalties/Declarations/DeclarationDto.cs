namespace SwarmNet.Modules.Royalties.Declarations;

/// <summary>A row of royalties_declaration_versions joined with its declaration.</summary>
internal sealed class DeclarationVersionRow
{
    public Guid Id { get; init; }
    public Guid AgreementId { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public int CurrentVersion { get; init; }
    public int Version { get; init; }
    public bool NoActivity { get; init; }
    public string Revenue { get; init; } = "";
    public long TotalCents { get; init; }
    public string SwornName { get; init; } = "";
    public DateOnly SwornOn { get; init; }
    public string SwornText { get; init; } = "";
    public Guid? DeclaredById { get; init; }
    public string DeclaredByName { get; init; } = "";
    public DateTimeOffset DeclaredAt { get; init; }

    public const string Columns = """
        d.id, d.agreement_id, d.period_start, d.period_end, d.current_version, v.version, v.no_activity, v.revenue, v.total_cents,
        v.sworn_name, v.sworn_on, v.sworn_text, v.declared_by_id, v.declared_by_name, v.declared_at
        """;

    public DeclarationVersionDto ToVersion() => new(Version, NoActivity, Agreements.AgreementData.Revenue(Revenue),
        BuildingBlocks.Money.Money.FromCents(TotalCents), new(SwornName, SwornOn, SwornText), DeclaredById, DeclaredByName, DeclaredAt);

    public DeclarationDto ToDto(IReadOnlyList<DeclarationVersionDto> versions)
    {
        var current = ToVersion();
        return new(Id, AgreementId, PeriodStart, PeriodEnd, Version, NoActivity, current.Revenue, current.Total, current.Sworn, DeclaredByName,
            DeclaredAt, versions);
    }
}
