using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.ContractKernel.Exit;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>How the structure leaves, as the exit-terms editor holds it: sensible terms to adjust, grounds added and removed.</summary>
public sealed class ExitTermsForm
{
    public int NoticeDays { get; set; } = 90;
    public List<GroundRow> Grounds { get; } = [new() { Text = Text.T("Manquement grave aux obligations du contrat", "Serious breach of the contract's obligations") }];
    public string? BrandUse { get; set; } = Text.T("Retrait des enseignes et des mentions de la marque sous 30 jours.", "Signs and brand mentions removed within 30 days.");
    public string? Stock { get; set; } = Text.T("Rachat ou destruction des supports de communication.", "Communication materials bought back or destroyed.");
    public string? Data { get; set; } = Text.T("Restitution puis suppression des données partagées.", "Shared data returned, then deleted.");

    public void AddGround() => Grounds.Add(new GroundRow());

    /// <summary>Every ground row is sent, blank ones included, so the module names the one to fill at its place.</summary>
    public ExitTerms ToTerms() => new(NoticeDays, [.. Grounds.Select(g => g.Text?.Trim() ?? "")], BrandUse, Stock, Data);
}

/// <summary>A termination ground (a class, so that the row keeps its input while others are removed).</summary>
public sealed class GroundRow
{
    public string? Text { get; set; }
}
