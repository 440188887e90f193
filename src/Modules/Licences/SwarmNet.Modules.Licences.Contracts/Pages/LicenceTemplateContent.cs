namespace SwarmNet.Modules.Licences.Contracts.Pages;

/// <summary>
/// What a licence template holds of its own, as the template form sends it inside the kernel's <c>CreateTemplate</c>
/// (docs/adr/0145): the brand licensed, one of the network's registered brands.
/// </summary>
public sealed record LicenceTemplateContent(TemplateBrand? Brand);

/// <summary>The brand as the INPI registers it: name, number, Nice classes and the activities licensed.</summary>
public sealed record TemplateBrand(string? Name, string? InpiNumber, IReadOnlyList<int>? NiceClasses, IReadOnlyList<string>? Activities);
