using System.Reflection;

namespace SwarmNet.BuildingBlocks.Outbox;

/// <summary>Maps stable event names to their CLR types, from the Contracts assemblies the modules register.</summary>
public sealed class IntegrationEventRegistry
{
    private readonly Dictionary<string, Type> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    public IntegrationEventRegistry(IEnumerable<IntegrationEventAssembly> assemblies)
    {
        foreach (var type in assemblies.Select(a => a.Assembly).Distinct().SelectMany(a => a.GetTypes()))
        {
            var name = type.GetCustomAttribute<IntegrationEventAttribute>()?.Name;
            if (name is null)
                continue;
            if (!typeof(IIntegrationEvent).IsAssignableFrom(type))
                throw new InvalidOperationException($"{type.FullName} is named as an integration event but does not implement IIntegrationEvent.");
            if (!_byName.TryAdd(name, type))
                throw new InvalidOperationException($"Integration event name '{name}' is used by both {_byName[name].FullName} and {type.FullName}.");
            _byType[type] = name;
        }
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public string NameOf(Type type) => _byType.TryGetValue(type, out var name)
        ? name
        : throw new InvalidOperationException($"{type.FullName} has no [IntegrationEvent] name or its assembly is not registered.");

    public Type? TypeOf(string name) => _byName.GetValueOrDefault(name);
}

/// <summary>An assembly whose [IntegrationEvent] types the registry knows (a module's Contracts).</summary>
public sealed record IntegrationEventAssembly(Assembly Assembly);
