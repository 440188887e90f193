namespace SwarmNet.Modules.Royalties.Contracts.Declarations;

/// <summary>A declaration as its current version says, and every version with who declared it and when.</summary>
public sealed record DeclarationDto(
    Guid Id, Guid AgreementId, DateOnly PeriodStart, DateOnly PeriodEnd, int Version, bool NoActivity, IReadOnlyDictionary<string, decimal> Revenue,
    decimal Total, DeclarationSwornDto Sworn, string DeclaredByName, DateTimeOffset DeclaredAt, IReadOnlyList<DeclarationVersionDto> Versions);

public sealed record DeclarationVersionDto(
    int Version, bool NoActivity, IReadOnlyDictionary<string, decimal> Revenue, decimal Total, DeclarationSwornDto Sworn, Guid? DeclaredById,
    string DeclaredByName, DateTimeOffset DeclaredAt);

public sealed record DeclarationSwornDto(string Name, DateOnly Date, string Text);
