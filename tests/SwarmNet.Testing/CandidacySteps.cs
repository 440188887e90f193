using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Testing;

/// <summary>Takes a candidacy through the pipeline the way the network's staff would, so contract scenarios start from a real stage.</summary>
public static class CandidacySteps
{
    private static readonly CandidacyStage[] Path = [CandidacyStage.Qualification, CandidacyStage.Readiness, CandidacyStage.Contracting];

    /// <summary>Ticks every mandatory readiness item with its evidence, then moves the candidacy on, stage by stage, to Contracting.</summary>
    public static async Task<CandidacyDto> ToContractingAsync(this TestServices services, CandidacyDto candidacy, Actor staff)
    {
        var today = DateOnly.FromDateTime(services.Clock.GetUtcNow().UtcDateTime);
        foreach (var item in candidacy.Checklist.Where(i => i.Mandatory))
            await services.SendAsync(new RecordReadinessEvidence(candidacy.Id, item.Id, true, "Vérifié en comité", today), staff);
        candidacy = await services.SendAsync(new GetCandidacy(candidacy.Id), staff);
        foreach (var stage in Path.Where(s => s > candidacy.Stage))
            candidacy = await services.SendAsync(new MoveCandidacy(candidacy.Id, stage, "Étape validée en comité"), staff);
        return candidacy;
    }
}
