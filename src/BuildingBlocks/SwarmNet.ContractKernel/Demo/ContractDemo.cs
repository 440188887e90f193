using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel.Signing;

namespace SwarmNet.ContractKernel.Demo;

/// <summary>
/// What a contract module's demo seeder needs of the kernel: both parties signing, each for itself (docs/adr/0072, as the
/// story's people: <see cref="DemoActors"/>), and the dates of its story written on the contract once it is loaded.
/// </summary>
public sealed class ContractDemo<TKind>(IMediator mediator, ActorContext actors, ContractDb<TKind> db) where TKind : IContractKind
{
    /// <summary>The head's admin signs, then the structure's admin.</summary>
    public async Task SignAsBothPartiesAsync(Guid contractId, int version, (Guid Id, string Name) grantor, (Guid Id, string Name) grantee, CancellationToken ct)
    {
        await mediator.SendAsAsync(actors, DemoActors.Person($"Admin {grantor.Name}", grantor.Id, Roles.NetworkAdmin), new SignContract<TKind>(contractId, version), ct);
        await mediator.SendAsAsync(actors, DemoActors.Person($"Administrateur·rice {grantee.Name}", grantee.Id, Roles.StructureAdmin),
            new SignContract<TKind>(contractId, version + 1), ct);
    }

    /// <summary>The contract's history, signatures and row carry the dates of its story, not the day it was loaded.</summary>
    public async Task DateAsync(Guid contractId, DemoStory story, CancellationToken ct)
    {
        await db.ExecuteAsync(StoryHistorySql, new { Id = contractId, story.Drafted, story.Signed, story.Activated, ContractHistory<TKind>.Job.DisplayName }, ct);
        await db.ExecuteAsync(StorySignaturesSql, new { Id = contractId, story.Signed }, ct);
        await db.ExecuteAsync(StoryContractSql, new { Id = contractId, story.Drafted, story.Signed, Updated = story.Last }, ct);
    }

    /// <summary>The daily job activated it on its date.</summary>
    internal const string StoryHistorySql = """
        UPDATE {{P}}_history SET
            at = CASE WHEN action = 'drafted' THEN @Drafted WHEN action = 'activated' THEN @Activated ELSE @Signed END,
            actor_name = CASE WHEN action = 'activated' THEN @DisplayName ELSE actor_name END
        WHERE {{CONTRACT_ID}} = @Id
        """;

    internal const string StorySignaturesSql = "UPDATE {{P}}_signatures SET signed_at = @Signed WHERE {{CONTRACT_ID}} = @Id";

    internal const string StoryContractSql = """
        UPDATE {{CONTRACTS}} SET created_at = @Drafted, updated_at = @Updated, signed_at = CASE WHEN signed_at IS NULL THEN NULL ELSE @Signed END
        WHERE id = @Id
        """;
}
