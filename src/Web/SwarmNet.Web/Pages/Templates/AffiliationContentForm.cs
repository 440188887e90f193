using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Affiliations.Contracts.Pages;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>What an agreement template grants, as typed: the network's name as a sign to start with, and its services.</summary>
public sealed class AffiliationContentForm
{
    public List<SignForm> Signs { get; } = [];
    public List<ServiceForm> Services { get; } = [];

    public static AffiliationContentForm For(IReadOnlyList<string> brands)
    {
        var form = new AffiliationContentForm();
        form.Signs.Add(new SignForm { Brand = brands.FirstOrDefault(), Description = Text.T("Le nom sur l'enseigne et les supports", "The name on the shop sign and materials") });
        return form;
    }

    public AffiliationTemplateContent ToContent() => new(
        [.. Signs.Select(s => new TemplateSign(s.Kind, s.Brand, string.IsNullOrWhiteSpace(s.Description) ? null : s.Description.Trim(), s.OnExit))],
        [.. Services.Select(s => new TemplateService(s.Kind, s.Label?.Trim(), null, s.Included ? null : s.CostAmount, s.Included ? null : s.CostPer))]);
}

public sealed class SignForm
{
    public string Kind { get; set; } = "name";
    public string? Brand { get; set; }
    public string? Description { get; set; }
    public string OnExit { get; set; } = "remove";
}

/// <summary>A network service, included or at a cost excluding VAT once, per month or per year.</summary>
public sealed class ServiceForm
{
    public string Kind { get; set; } = "trainingProgramme";
    public string? Label { get; set; }
    public bool Included { get; set; } = true;
    public decimal? CostAmount { get; set; }
    public string CostPer { get; set; } = "yearly";
}
