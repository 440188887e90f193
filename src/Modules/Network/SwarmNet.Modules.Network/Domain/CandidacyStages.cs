using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Domain;

/// <summary>The pipeline's stage rules, free of I/O so they are tested on their own.</summary>
internal static class CandidacyStages
{
    private static readonly CandidacyStage[] Path =
        [CandidacyStage.Lead, CandidacyStage.Qualification, CandidacyStage.Readiness, CandidacyStage.Contracting, CandidacyStage.Launched];

    public static readonly IReadOnlyList<CandidacyStage> Open =
        [CandidacyStage.Lead, CandidacyStage.Qualification, CandidacyStage.Readiness, CandidacyStage.Contracting];

    public static bool IsOpen(CandidacyStage stage) => Open.Contains(stage);

    public static bool IsClosing(CandidacyStage stage) => stage is CandidacyStage.Declined or CandidacyStage.Withdrawn;

    /// <summary>From an open stage: one step forward, one step back (reconsider), or closed as Declined/Withdrawn.</summary>
    public static bool CanMove(CandidacyStage from, CandidacyStage to)
    {
        if (!IsOpen(from) || from == to)
            return false;
        if (IsClosing(to))
            return true;
        var step = Array.IndexOf(Path, to) - Array.IndexOf(Path, from);
        return step == 1 || (step == -1 && to != CandidacyStage.Launched);
    }

    /// <summary>The glossary's name of a stage, for sentences a person reads (never the enum name).</summary>
    public static string Label(CandidacyStage stage) => Glossary.Of(stage);

    /// <summary>Nothing is signed while a mandatory readiness item is open: entering Contracting (or later) checks it.</summary>
    public static bool RequiresReadiness(CandidacyStage to) => to is CandidacyStage.Contracting or CandidacyStage.Launched;
}
