using FluentValidation;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Network.Networks;

/// <summary>Checklist template item rules shared by creation and edition.</summary>
internal sealed class ChecklistTemplateItemValidator : AbstractValidator<ChecklistTemplateItem>
{
    public const int MaxItems = 30;

    public ChecklistTemplateItemValidator()
    {
        RuleFor(i => i.Code).NotEmpty().MaximumLength(40).Matches("^[A-Z0-9_]+$")
            .WithMessage(_ => Text.T("Code en majuscules, chiffres et _ (ex. EXIT_TERMS).", "Upper-case letters, digits and _ (e.g. EXIT_TERMS)."));
        RuleFor(i => i.Label).NotEmpty().MaximumLength(300);
    }

    /// <summary>A repeated code is reported on its later occurrence.</summary>
    public static bool IsFirstWithItsCode(IReadOnlyList<ChecklistTemplateItem>? items, ChecklistTemplateItem item) =>
        items is null || ReferenceEquals(items.First(i => i.Code == item.Code), item);

    public static string RepeatedCodeMessage => Text.T("Ce code figure déjà plus haut dans la liste.", "This code already appears above.");

    public static string TooManyMessage => Text.T($"{MaxItems} éléments au plus.", $"At most {MaxItems} items.");
}

internal sealed class NetworkRow
{
    public Guid Id { get; init; }
    public Guid OwnerOrganizationId { get; init; }
    public string Name { get; init; } = "";
    public string Brands { get; init; } = "[]";
    public string? ConceptSummary { get; init; }
    public string? Charter { get; init; }
    public string? TerritoryPolicy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Version { get; init; }

    public const string Columns = "id, owner_organization_id, name, brands, concept_summary, charter, territory_policy, created_at, version";
}

internal sealed class TemplateItemRow
{
    public string Code { get; init; } = "";
    public string Label { get; init; } = "";
    public bool Mandatory { get; init; }
    public bool RequiresFile { get; init; }
}
