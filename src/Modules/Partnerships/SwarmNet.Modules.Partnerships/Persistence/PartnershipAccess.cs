using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.Modules.Partnerships.Persistence;

/// <summary>A partnership as a partner's member acts on it once it runs: the kernel's record (404 to outsiders) and its own row.</summary>
internal sealed class PartnershipAccess(ContractStore<PartnershipKind> store, PartnershipRows rows, DbSession db)
{
    public async Task<(ContractRecord Contract, PartnershipRow Row)> LoadAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var contract = await store.LoadVisibleAsync(actor, id, ct);
        return (contract, await rows.LoadAsync(contract.Id, ct));
    }

    /// <summary>Contributions, meetings, milestones and reports are recorded once the contract has been in force, not before.</summary>
    public async Task<(ContractRecord Contract, PartnershipRow Row)> LoadRunningAsync(Actor actor, Guid id, CancellationToken ct)
    {
        var (contract, row) = await LoadAsync(actor, id, ct);
        if (contract.Status is ContractStatus.Draft or ContractStatus.Signed)
            throw new ConflictException(Text.T($"Le contrat de partenariat est {PartnershipKind.Info.Noun.Status(contract.Status)} : rien ne s'y enregistre avant son entrée en vigueur.",
                $"The partnership contract is {PartnershipKind.Info.Noun.Status(contract.Status)}: nothing is recorded under it before it comes into force."));
        return (contract, row);
    }

    /// <summary>The lead's signatories (the contract's managers) act for every partner; anyone else only for a partner they belong to.</summary>
    public static bool ActsFor(Actor actor, ContractRecord contract, Guid organizationId) =>
        ContractAccess.CanManage(actor, contract) || actor.Memberships.Any(m => m.OrganizationId == organizationId);

    /// <summary>Evidence and minutes point at a document attached to the same contract (the kernel's documents).</summary>
    public async Task<bool> HasDocumentAsync(Guid contractId, Guid documentId, CancellationToken ct) =>
        await db.ExecuteScalarAsync<long>(CountDocumentSql, new { Id = documentId, ContractId = contractId }, ct) > 0;

    internal const string CountDocumentSql = "SELECT COUNT(*) FROM partnerships_documents WHERE id = @Id AND contract_id = @ContractId";
}
