using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.ContractKernel.Documents;

namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>
/// A contract of any kind as its parties read it (<see cref="ContractSheet"/>): the kernel's columns, the kind's own
/// content in plain lines, signatures, amendments, history, notice, exit checklist, documents, and what the reader may do.
/// <see cref="Kind"/> is the kind's word: licence, affiliation or partnership. Outsiders and unknown kinds get 404.
/// </summary>
public sealed record GetContractSheet(string Kind, Guid ContractId) : IQuery<ContractSheet>;

/// <summary>The contracts of a kind the reader's organisations are party to, latest effective date first; by status, by candidacy.</summary>
public sealed record ListContractSheets(string Kind, ContractStatus? Status = null, Guid? CandidacyId = null, int Page = PageDefaults.Page,
    int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<ContractSummary>>;

/// <summary>One <see cref="ContractAction"/> on a contract of any kind, sent as the kind's own command (one transaction).</summary>
public sealed record ActOnContract(string Kind, Guid ContractId, ContractAction Action) : ICommand<ContractChange>;

/// <summary>
/// Attaches a signed document to a contract of any kind. Not a command on purpose, like the kind's own
/// (<see cref="AttachContractDocument{TKind}"/>): the file is hashed and written before the write transaction.
/// </summary>
public sealed record AttachDocumentTo(string Kind, Guid ContractId, string? FileName, string? ContentType, byte[] Content) : IRequest<ContractDocumentDto>;
