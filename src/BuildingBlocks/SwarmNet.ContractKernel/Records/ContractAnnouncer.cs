using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.ContractKernel.Records;

/// <summary>
/// Hands each fact to the module for its own event, and adds the one event every contract kind shares: the Network
/// module launches the structure's candidacy when a contract becomes active.
/// </summary>
public sealed class ContractAnnouncer<TKind>(TKind kind, ContractStore<TKind> store, BuildingBlocks.Outbox.Outbox outbox) where TKind : IContractKind
{
    /// <summary>Announces from the row as it now stands (after the command's update), so the event carries the new state.</summary>
    public async Task AnnounceAsync(Guid contractId, ContractFact fact, CancellationToken ct)
    {
        var contract = await store.LoadAsync(contractId, ct) ?? throw ContractAccess.NotFound(TKind.Info.Noun);
        await kind.AnnounceAsync(contract, fact, ct);
        if (fact is ContractFact.Activated)
            await outbox.PublishAsync(new ContractActivated(contract.Id, TKind.Info.Kind, contract.GrantorOrganizationId,
                contract.GranteeOrganizationId, contract.NetworkId, contract.EffectiveDate), ct);
    }
}
