using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Partnerships.Contracts.Pages;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>What a partnership template holds of its own, as typed: a quarterly committee and one indicator to start with.</summary>
public sealed class PartnershipContentForm
{
    public string? Objective { get; set; }
    public bool HasCommittee { get; set; } = true;
    public string CommitteeCadence { get; set; } = "quarterly";
    public string? CommitteeName { get; set; } = Text.T("Comité de pilotage", "Steering committee");
    public List<IndicatorForm> Indicators { get; } = [new() { Code = "BENEFICIAIRES", Label = Text.T("Personnes accompagnées", "People supported"), Unit = Text.T("personnes", "people") }];
    public int? ReportingDaysAfterQuarterEnd { get; set; } = 30;
    public string? SharedAssetsOnExit { get; set; }
    public string? ResultsOnExit { get; set; }

    public PartnershipTemplateContent ToContent() => new(Objective, HasCommittee ? new TemplateCommittee(CommitteeCadence, Blank(CommitteeName)) : null,
        [.. Indicators.Select(i => new TemplateIndicator(i.Code?.Trim(), i.Label?.Trim(), i.Unit?.Trim(), i.Aggregation))], Indicators.Count > 0 ? ReportingDaysAfterQuarterEnd : null,
        Blank(SharedAssetsOnExit), Blank(ResultsOnExit));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An impact indicator the partners report each quarter: summed over the quarters or the latest value.</summary>
public sealed class IndicatorForm
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public string? Unit { get; set; }
    public string Aggregation { get; set; } = "sum";
}
