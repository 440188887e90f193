namespace SwarmNet.Modules.Affiliations.Contracts.Pages;

/// <summary>
/// What an agreement template holds of its own, as the template form sends it inside the kernel's <c>CreateTemplate</c>
/// (docs/adr/0145): the distinctive signs granted (each one of the network's brands) and the network's services.
/// Sign kind: name, logo, visualCharter or other; on exit: return or remove. Service kind: itTools, purchasingCentre,
/// trainingProgramme, methodsAndToolKits, nationalCommunication, insuranceScheme or other; cost per once, monthly or yearly.
/// </summary>
public sealed record AffiliationTemplateContent(IReadOnlyList<TemplateSign?>? DistinctiveSigns, IReadOnlyList<TemplateService?>? Services);

public sealed record TemplateSign(string? Kind, string? Brand, string? Description, string? OnExit);

/// <summary>A service of the network; no cost amount when it is included.</summary>
public sealed record TemplateService(string? Kind, string? Label, string? Description, decimal? CostAmount, string? CostPer);
