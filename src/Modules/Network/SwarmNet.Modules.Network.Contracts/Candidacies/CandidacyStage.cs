namespace SwarmNet.Modules.Network.Contracts.Candidacies;

/// <summary>Lead → Qualification → Readiness → Contracting → Launched, or closed as Declined / Withdrawn with a reason.</summary>
public enum CandidacyStage
{
    Lead,
    Qualification,
    Readiness,
    Contracting,
    Launched,
    Declined,
    Withdrawn,
}
