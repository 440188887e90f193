using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Network.Contracts.Candidacies;

/// <summary>Stages as users read them (the glossary's words), for pages and messages alike.</summary>
public static class CandidacyStageNames
{
    public static string Label(this CandidacyStage stage) => stage switch
    {
        CandidacyStage.Lead => Text.T("Premier contact", "Lead"),
        CandidacyStage.Qualification => Text.T("Qualification", "Qualification"),
        CandidacyStage.Readiness => Text.T("Préparation", "Readiness"),
        CandidacyStage.Contracting => Text.T("Contractualisation", "Contracting"),
        CandidacyStage.Launched => Text.T("Lancée", "Launched"),
        CandidacyStage.Declined => Text.T("Refusée", "Declined"),
        CandidacyStage.Withdrawn => Text.T("Abandonnée", "Withdrawn"),
        _ => stage.ToString(),
    };
}
