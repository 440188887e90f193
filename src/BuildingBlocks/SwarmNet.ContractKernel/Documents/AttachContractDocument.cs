using SwarmNet.BuildingBlocks.Documents;

namespace SwarmNet.ContractKernel.Documents;

/// <summary>
/// Attaches a file to a contract (the grantor's staff or the grantee's admin). Not one transaction on purpose: the slow
/// part — hashing and writing the file — happens before <see cref="RecordContractDocument{TKind}"/> opens the write
/// transaction (SQLite has one writer). The file is written first and deleted if the row fails: a crash can leave an
/// orphan file, never a row without its file.
/// </summary>
public sealed record AttachContractDocument<TKind>(Guid ContractId, string? FileName, string? ContentType, byte[] Content) : IRequest<ContractDocumentDto>
    where TKind : IContractKind;

internal sealed class AttachContractDocumentHandler<TKind>(ContractStore<TKind> store, ActorContext actorContext, DocumentStore files, IMediator mediator)
    : IRequestHandler<AttachContractDocument<TKind>, ContractDocumentDto> where TKind : IContractKind
{
    public async Task<ContractDocumentDto> Handle(AttachContractDocument<TKind> request, CancellationToken cancellationToken)
    {
        var contract = await store.LoadVisibleAsync(actorContext.Current, request.ContractId, cancellationToken);
        DocumentAccess.EnsureParty(actorContext.Current, contract, TKind.Info.Noun);
        var stored = await files.StoreAsync(TKind.Info.Prefix, contract.Id, new UploadedFile(request.FileName, request.ContentType, request.Content), null,
            cancellationToken);
        try
        {
            return await mediator.Send(new RecordContractDocument<TKind>(contract.Id, stored), cancellationToken);
        }
        catch
        {
            files.Delete(stored.StoragePath);
            throw;
        }
    }
}

internal static class DocumentAccess
{
    public static void EnsureParty(Actor actor, ContractRecord contract, ContractNoun noun)
    {
        if (ContractAccess.PartyOf(actor, contract) is null)
            throw new ForbiddenException(Text.T($"Seules les parties joignent des documents à {noun.InSentence}.", $"Only the parties attach documents to {noun.InSentence}."));
    }
}
