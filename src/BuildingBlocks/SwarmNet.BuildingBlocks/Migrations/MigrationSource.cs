using System.Reflection;
using SwarmNet.BuildingBlocks.Data;

namespace SwarmNet.BuildingBlocks.Migrations;

/// <summary>A module's ordered scripts per dialect; modules migrate in registration order ("platform" first).</summary>
public sealed class MigrationSource(string module, Func<DatabaseProvider, IReadOnlyList<MigrationScript>> load)
{
    public string Module { get; } = module;

    public IReadOnlyList<MigrationScript> ScriptsFor(DatabaseProvider provider) => load(provider);

    /// <summary>
    /// Scripts embedded as resources named <c>migrations/&lt;Dialect&gt;/NNNN_name.sql</c> (see the module csproj);
    /// the number prefix orders them.
    /// </summary>
    public static MigrationSource FromAssembly(string module, Assembly assembly) => new(module, provider =>
    {
        var prefix = $"migrations/{provider}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new MigrationScript(module, n[prefix.Length..], Read(assembly, n)))
            .ToList();
    });

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
