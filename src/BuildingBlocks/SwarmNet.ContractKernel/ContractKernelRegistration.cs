using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.ContractKernel.Amendments;
using SwarmNet.ContractKernel.Demo;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Gates;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.ContractKernel.Running;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.ContractKernel.Templates;
using SwarmNet.ContractKernel.Terms;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.ContractKernel;

/// <summary>What a contract module's front door calls once: the kernel's services and commands closed over its kind, and its daily job.</summary>
public static class ContractKernelRegistration
{
    public static IServiceCollection AddContractKernel<TKind>(this IServiceCollection services, string jobDescription) where TKind : class, IContractKind
    {
        services.AddMediatorCore();
        services.AddDocumentStore();
        // The kernel publishes ContractActivated from the Network contracts: the outbox must know its name even without that module.
        services.AddSingleton(new IntegrationEventAssembly(typeof(ContractActivated).Assembly));
        services.TryAddScoped<SignatureGates>();
        services.TryAddScoped<BrandGate>();
        services.TryAddScoped<ContractParties>();
        services.AddScoped<TKind>();
        foreach (var service in new[]
                 {
                     typeof(ContractDb<>), typeof(ContractStore<>), typeof(ContractHistory<>), typeof(ContractAnnouncer<>), typeof(Signatures<>),
                     typeof(Terminations<>), typeof(ContractViewReader<>), typeof(ContractTermsInForce<>), typeof(DraftEdits<>), typeof(ContractTemplates<>),
                     typeof(ContractDemo<>),
                 })
            services.AddScoped(service.MakeGenericType(typeof(TKind)));

        Handle<SignContract<TKind>, ContractChange, SignContractHandler<TKind>>(services);
        Handle<SuspendContract<TKind>, ContractChange, SuspendContractHandler<TKind>>(services);
        Handle<ResumeContract<TKind>, ContractChange, ResumeContractHandler<TKind>>(services);
        Handle<TerminateContract<TKind>, ContractChange, TerminateContractHandler<TKind>>(services);
        Handle<DecideRenewal<TKind>, ContractChange, DecideRenewalHandler<TKind>>(services);
        Handle<ProposeAmendment<TKind>, ContractChange, ProposeAmendmentHandler<TKind>>(services);
        Handle<SignAmendment<TKind>, ContractChange, SignAmendmentHandler<TKind>>(services);
        Handle<WithdrawAmendment<TKind>, ContractChange, WithdrawAmendmentHandler<TKind>>(services);
        Handle<TickExitItem<TKind>, ContractChange, TickExitItemHandler<TKind>>(services);
        Handle<AttachContractDocument<TKind>, ContractDocumentDto, AttachContractDocumentHandler<TKind>>(services);
        Handle<RecordContractDocument<TKind>, ContractDocumentDto, RecordContractDocumentHandler<TKind>>(services);
        Handle<ListContractDocuments<TKind>, IReadOnlyList<ContractDocumentDto>, ListContractDocumentsHandler<TKind>>(services);
        Handle<OpenContractDocument<TKind>, DocumentFile, OpenContractDocumentHandler<TKind>>(services);
        Handle<RunContractLifecycle<TKind>, Unit, RunContractLifecycleHandler<TKind>>(services);
        // The kind-neutral requests (pages written once for every kind): this kind's operations under its word.
        services.AddKeyedScoped<AnyKind.IContractKindOperations, AnyKind.ContractKindOperations<TKind>>(TKind.Info.Kind);
        services.AddScoped<AnyKind.IContractKindOperations>(sp => sp.GetRequiredKeyedService<AnyKind.IContractKindOperations>(TKind.Info.Kind));
        services.TryAddScoped<IRequestHandler<AnyKind.ListContractTemplates, IReadOnlyList<AnyKind.ContractTemplateSummary>>, AnyKind.ListContractTemplatesHandler>();
        services.TryAddScoped<IRequestHandler<AnyKind.GetContractSheet, AnyKind.ContractSheet>, AnyKind.AnyKindHandlers>();
        services.TryAddScoped<IRequestHandler<AnyKind.ListContractSheets, BuildingBlocks.Paging.PagedResult<AnyKind.ContractSummary>>, AnyKind.AnyKindHandlers>();
        services.TryAddScoped<IRequestHandler<AnyKind.ActOnContract, ContractChange>, AnyKind.AnyKindHandlers>();
        services.TryAddScoped<IRequestHandler<AnyKind.AttachDocumentTo, ContractDocumentDto>, AnyKind.AnyKindHandlers>();
        services.TryAddScoped<FluentValidation.IValidator<AnyKind.ListContractSheets>, AnyKind.ListContractSheetsValidator>();
        services.AddRecurringJob(TKind.Info.JobId, "15 2 * * *", jobDescription, () => new RunContractLifecycle<TKind>());
        return services;
    }

    private static void Handle<TRequest, TResult, THandler>(IServiceCollection services)
        where TRequest : IRequest<TResult> where THandler : class, IRequestHandler<TRequest, TResult> =>
        services.AddScoped<IRequestHandler<TRequest, TResult>, THandler>();
}
