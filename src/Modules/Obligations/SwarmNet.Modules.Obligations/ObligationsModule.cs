using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Licences.Contracts.Events;
using SwarmNet.Modules.Obligations.Generation;
using SwarmNet.Modules.Obligations.Http;
using SwarmNet.Modules.Obligations.Occurrences;
using SwarmNet.Modules.Obligations.Reminders;
using SwarmNet.Modules.Royalties.Contracts.Declarations;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Preview;
using SwarmNet.Modules.Partnerships.Contracts.Events;

namespace SwarmNet.Modules.Obligations;

/// <summary>The Obligations module's front door: every obligation of every contract, dated, tracked and reminded.</summary>
public static class ObligationsModule
{
    public static IServiceCollection AddObligationsModule(this IServiceCollection services)
    {
        services.AddModule("obligations", typeof(ObligationsModule).Assembly, typeof(ObligationTerm).Assembly);
        services.AddSingleton(new IntegrationEventAssembly(typeof(LicenceActivated).Assembly));
        services.AddSingleton(new IntegrationEventAssembly(typeof(AffiliationActivated).Assembly));
        services.AddSingleton(new IntegrationEventAssembly(typeof(PartnershipActivated).Assembly));
        services.AddSingleton(new IntegrationEventAssembly(typeof(RevenueDeclared).Assembly));
        services.AddScoped<OccurrenceGenerator>();
        services.AddScoped<ContractChanges>();
        services.AddScoped<Requested.RequestedOccurrences>();
        services.AddScoped<OccurrenceHistory>();
        services.AddScoped<Board.BoardWindow>();
        services.TryAddSingleton(sp => new DocumentStore(sp.GetRequiredService<IConfiguration>()["Documents:Root"] ?? "data/documents"));
        services.AddRecurringJob(ExtendObligationHorizonHandler.JobId, "30 1 * * *",
            "Crée les échéances des contrats en vigueur jusqu'à un an", () => new ExtendObligationHorizon());
        services.AddRecurringJob(RunObligationRemindersHandler.JobId, "0 6 * * *",
            "Ouvre les échéances, envoie les relances du jour et alerte les têtes de réseau des retards", () => new RunObligationReminders());
        return services;
    }

    public static IEndpointRouteBuilder MapObligationsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/obligations").WithTags("Obligations");
        PreviewEndpoint.Map(api);
        OccurrenceEndpoints.Map(api);
        ViewEndpoints.Map(api);
        return endpoints;
    }

    /// <summary>The <c>obligations</c> CLI verb (<c>preview --input FILE|-</c>); returns the exit code (2 for invalid input).</summary>
    public static Task<int> RunCliAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken ct) =>
        PreviewCli.RunAsync(args, stdin, stdout, stderr, ct);
}
