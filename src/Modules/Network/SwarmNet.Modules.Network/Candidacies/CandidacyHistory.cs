using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Candidacies;

/// <summary>
/// Every change of a candidacy is recorded with who and when: stage changes (also announced to other modules), readiness
/// ticks, disclosures.
/// </summary>
internal sealed class CandidacyHistory(DbSession db, BuildingBlocks.Outbox.Outbox outbox, TimeProvider clock)
{
    public async Task RecordAsync(CandidacyRow candidacy, CandidacyStage? from, CandidacyStage to, string? comment, Actor actor, CancellationToken ct)
    {
        await InsertAsync(candidacy.Id, CandidacyEventKind.StageChanged, from, to, null, comment, actor, ct);
        await outbox.PublishAsync(new CandidacyStageChanged(candidacy.Id, candidacy.NetworkId, candidacy.StructureId, from, to), ct);
    }

    /// <summary>A change that leaves the stage as it is: the entry carries the current stage on both sides; the version moves on.</summary>
    public async Task RecordEventAsync(CandidacyRow candidacy, CandidacyEventKind kind, string subject, string? comment, Actor actor, CancellationToken ct)
    {
        await InsertAsync(candidacy.Id, kind, candidacy.Stage, candidacy.Stage, subject, comment, actor, ct);
        await db.ExecuteAsync(TouchSql, new { candidacy.Id }, ct);
    }

    private Task InsertAsync(
        Guid candidacyId, CandidacyEventKind kind, CandidacyStage? from, CandidacyStage to, string? subject, string? comment, Actor actor, CancellationToken ct) =>
        db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), CandidacyId = candidacyId, Kind = kind.ToString(), From = from?.ToString(), To = to.ToString(), Subject = subject,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), ActorId = actor.UserId, ActorName = actor.DisplayName,
            At = clock.GetUtcNow(),
        }, ct);

    internal const string TouchSql = "UPDATE network_candidacies SET version = version + 1 WHERE id = @Id";

    internal const string InsertSql = """
        INSERT INTO network_candidacy_transitions (id, candidacy_id, kind, from_stage, to_stage, subject, comment, actor_id, actor_name, at)
        VALUES (@Id, @CandidacyId, @Kind, @From, @To, @Subject, @Comment, @ActorId, @ActorName, @At)
        """;
}
