using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.ContractKernel.Gates;

/// <summary>
/// A contract is signed for a structure whose candidacy has reached contracting (its mandatory readiness items done) or
/// has launched (a further contract); a structure with no candidacy in the network is not gated; a closed candidacy
/// refuses (docs/adr/0073). The refusal names the stage and each item that blocks.
/// </summary>
public static class ReadinessGate
{
    public static IEnumerable<FieldError> Check(ContractGateDto gate, bool candidacyNamed)
    {
        if (gate is not { CandidacyId: not null, Stage: { } stage })
        {
            if (candidacyNamed)
                yield return new("/candidacyId", Text.T("Candidature introuvable dans ce réseau.", "Candidacy not found in this network."));
            yield break;
        }
        if (stage is CandidacyStage.Contracting or CandidacyStage.Launched)
            yield break;
        var label = Glossary.Of(stage);
        if (stage is CandidacyStage.Declined or CandidacyStage.Withdrawn)
        {
            yield return new("/candidacy/stage", Text.T($"La candidature est close (« {label} ») : aucun contrat ne se signe sur elle.",
                $"The candidacy is closed ('{label}'): no contract is signed on it."));
            yield break;
        }
        yield return new("/candidacy/stage", Text.T(
            $"La candidature en est au stade « {label} » : la signature attend la « {Glossary.Of(CandidacyStage.Contracting)} », une fois les prérequis obligatoires remplis.",
            $"The candidacy is at stage '{label}': signing waits for '{Glossary.Of(CandidacyStage.Contracting)}', once the mandatory readiness items are done."));
        for (var i = 0; i < gate.OpenMandatoryItems.Count; i++)
            yield return new($"/candidacy/openMandatoryItems/{i}", Text.T($"Prérequis obligatoire non rempli : {gate.OpenMandatoryItems[i]}",
                $"Mandatory readiness item still open: {gate.OpenMandatoryItems[i]}"));
    }
}
