using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.ContractKernel;
using SwarmNet.Modules.Partnerships.Contracts.Events;
using SwarmNet.Modules.Partnerships.Demo;
using SwarmNet.Modules.Partnerships.Drafting;
using SwarmNet.Modules.Partnerships.Governance;
using SwarmNet.Modules.Partnerships.Http;
using SwarmNet.Modules.Partnerships.Impact;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships;

/// <summary>The Partnerships module's front door: partnership contracts between n partners on the contract kernel (docs/adr/0070, 0130, 0131).</summary>
public static class PartnershipsModule
{
    public static IServiceCollection AddPartnershipsModule(this IServiceCollection services)
    {
        services.AddModule("partnerships", typeof(PartnershipsModule).Assembly, typeof(PartnershipActivated).Assembly);
        services.AddContractKernel<PartnershipKind>(
            "Active les partenariats signés arrivés à date d'effet, applique les résiliations à leur date, renouvelle ou fait expirer les partenariats échus");
        services.AddScoped<PartnershipRows>();
        services.AddScoped<PartnershipWrites>();
        services.AddScoped<PartnershipAnnouncements>();
        services.AddScoped<PartnerCheck>();
        services.AddScoped<PartnershipAccess>();
        services.AddScoped<PartnershipTerms>();
        services.AddScoped<PartnershipTermChanges>();
        services.AddScoped<ImpactValues>();
        services.AddScoped<ReportWrites>();
        services.AddScoped<MeetingWrites>();
        services.AddScoped<DemoStory>();
        services.AddScoped<IDemoSeeder, PartnershipsDemoSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapPartnershipsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var one = PartnershipEndpoints.Map(endpoints.MapGroup("/api/partnerships"));
        ContributionEndpoints.Map(one);
        GovernanceEndpoints.Map(one);
        MilestoneEndpoints.Map(one);
        ImpactEndpoints.Map(one);
        return endpoints;
    }
}
