using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Candidacies;

/// <summary>Every stage change is recorded (who, when, from, to, comment) and announced to other modules.</summary>
internal sealed class CandidacyHistory(DbSession db, BuildingBlocks.Outbox.Outbox outbox, TimeProvider clock)
{
    public async Task RecordAsync(CandidacyRow candidacy, CandidacyStage? from, CandidacyStage to, string? comment, Actor actor, CancellationToken ct)
    {
        await db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), CandidacyId = candidacy.Id, From = from?.ToString(), To = to.ToString(),
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), ActorId = actor.UserId, ActorName = actor.DisplayName,
            At = clock.GetUtcNow(),
        }, ct);
        await outbox.PublishAsync(new CandidacyStageChanged(candidacy.Id, candidacy.NetworkId, candidacy.StructureId, from, to), ct);
    }

    internal const string InsertSql = """
        INSERT INTO network_candidacy_transitions (id, candidacy_id, from_stage, to_stage, comment, actor_id, actor_name, at)
        VALUES (@Id, @CandidacyId, @From, @To, @Comment, @ActorId, @ActorName, @At)
        """;
}
