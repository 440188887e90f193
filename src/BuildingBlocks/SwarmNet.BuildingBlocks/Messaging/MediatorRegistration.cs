using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SwarmNet.BuildingBlocks.Messaging;

/// <summary>
/// MediatR 5.1 has no AddMediatR: we register ServiceFactory, IMediator, the behaviours (first = outermost)
/// and each closed handler and validator interface found in a module's own assembly (never MediatR's).
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddMediatorCore(this IServiceCollection services)
    {
        services.TryAddScoped<ServiceFactory>(sp => sp.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        if (services.Any(d => d.ServiceType == typeof(IPipelineBehavior<,>)))
            return services;
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        return services;
    }

    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        services.AddMediatorCore();
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
            {
                var definition = contract.GetGenericTypeDefinition();
                if (definition == typeof(IRequestHandler<,>) || definition == typeof(IValidator<>))
                    services.TryAddEnumerable(ServiceDescriptor.Scoped(contract, type));
            }
        }
        return services;
    }
}
