using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Modules.Royalties.Contracts.Declarations;

/// <summary>
/// The structure declares one period: revenue excluding VAT by category, or no activity, with its sworn statement. A
/// period already declared is corrected through <see cref="CorrectDeclaration"/> (409 here).
/// </summary>
public sealed record DeclareRevenue(Guid AgreementId, DateOnly? PeriodStart, IReadOnlyDictionary<string, decimal>? Revenue, bool NoActivity,
    SwornStatement? Sworn) : ICommand<DeclarationDto>;

/// <summary>
/// A new version of a declaration; every earlier one is kept with who and when. <see cref="Version"/> is the version the
/// declarant corrected (409 when another correction came first). Approved statements it changes get an adjustment.
/// </summary>
public sealed record CorrectDeclaration(Guid DeclarationId, int Version, IReadOnlyDictionary<string, decimal>? Revenue, bool NoActivity,
    SwornStatement? Sworn) : ICommand<DeclarationDto>;

/// <summary>One declaration with all its versions, for both parties of the agreement.</summary>
public sealed record GetDeclaration(Guid Id) : IQuery<DeclarationDto>;

/// <summary>An agreement's declarations as they stand (current versions), latest period first.</summary>
public sealed record ListDeclarations(Guid AgreementId, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<DeclarationDto>>;

/// <summary>
/// Many periods at once from a CSV file, under one sworn statement: all rows valid or nothing imported, and every bad
/// row and column in the one answer. A period already declared gets a new version (a correction).
/// </summary>
public sealed record ImportDeclarations(Guid AgreementId, string? Csv, SwornStatement? Sworn) : ICommand<ImportResult>;

public sealed record ImportResult(int Periods, IReadOnlyList<Guid> DeclarationIds);

/// <summary>
/// The declarant's sworn statement: their name, the date, the box they ticked and the text next to it, stored with the
/// declaration as they saw it (the platform's text when the form sends none).
/// </summary>
public sealed record SwornStatement(string? Name, DateOnly? Date, bool Accepted, string? Text)
{
    public const string DefaultText =
        "Je certifie sur l'honneur l'exactitude et l'exhaustivité du chiffre d'affaires hors taxes déclaré pour cette période.";
}
