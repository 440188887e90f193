using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.BuildingBlocks.Modules;

/// <summary>What a module's front door (Add&lt;Name&gt;Module) registers: handlers, validators, event handlers, migrations.</summary>
public static class ModuleRegistration
{
    public static IServiceCollection AddModule(this IServiceCollection services, string module, Assembly implementation, Assembly contracts)
    {
        services.AddHandlersFrom(implementation);
        services.AddSingleton(MigrationSource.FromAssembly(module, implementation));
        services.AddSingleton(new IntegrationEventAssembly(contracts));
        foreach (var type in implementation.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)))
                services.TryAddEnumerable(ServiceDescriptor.Scoped(contract, type));
        }
        return services;
    }
}

/// <summary>A module's demo data, loaded by the <c>seed-demo</c> verb; must be idempotent.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}
