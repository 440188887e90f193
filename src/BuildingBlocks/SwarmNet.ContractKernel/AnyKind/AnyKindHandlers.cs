using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.ContractKernel.Documents;

namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>
/// The kind-neutral requests, answered by the operations registered under the kind's word (one per contract module in
/// this host); a kind no module registered is not found, as a contract the reader may not see is.
/// </summary>
internal sealed class AnyKindHandlers(IServiceProvider services, IMediator mediator) :
    IRequestHandler<GetContractSheet, ContractSheet>, IRequestHandler<ListContractSheets, PagedResult<ContractSummary>>,
    IRequestHandler<ActOnContract, ContractChange>, IRequestHandler<AttachDocumentTo, ContractDocumentDto>
{
    public Task<ContractSheet> Handle(GetContractSheet request, CancellationToken cancellationToken) =>
        Of(request.Kind).SheetAsync(request.ContractId, cancellationToken);

    public Task<PagedResult<ContractSummary>> Handle(ListContractSheets request, CancellationToken cancellationToken) =>
        Of(request.Kind).ListAsync(request, cancellationToken);

    public Task<ContractChange> Handle(ActOnContract request, CancellationToken cancellationToken) =>
        mediator.Send(Of(request.Kind).Command(request.ContractId, request.Action), cancellationToken);

    public Task<ContractDocumentDto> Handle(AttachDocumentTo request, CancellationToken cancellationToken) =>
        mediator.Send(Of(request.Kind).Attach(request), cancellationToken);

    private IContractKindOperations Of(string kind) =>
        services.GetKeyedService<IContractKindOperations>(kind) ?? throw new NotFoundException(Text.T("Contrat introuvable.", "Contract not found."));
}

internal sealed class ListContractSheetsValidator : FluentValidation.AbstractValidator<ListContractSheets>
{
    public ListContractSheetsValidator() => this.AddPagingRules(q => q.Page, q => q.PageSize);
}
