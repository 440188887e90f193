using System.Reflection;
using System.Text.RegularExpressions;

namespace SwarmNet.ArchitectureTests;

/// <summary>
/// The assemblies under the rules. Implementations are found from what the host composes, Contracts from the module
/// folders on disk (a module may publish its Contracts before its implementation exists), so a new module is covered
/// by itself; <see cref="ModuleFolders"/> lets a rule compare both with what the repository holds.
/// </summary>
internal static partial class Solution
{
    public static readonly Assembly Host = typeof(Program).Assembly;
    public static readonly Assembly BuildingBlocks = typeof(BuildingBlocks.PlatformRegistration).Assembly;
    public static readonly Assembly Web = typeof(Web.Hosting.WebRegistration).Assembly;

    /// <summary>The contract kernel (docs/adr/0070): a building block above BuildingBlocks that the contract modules use.</summary>
    public static readonly Assembly Kernel = typeof(ContractKernel.ContractKernelRegistration).Assembly;

    /// <summary>Module implementation assemblies the host references, keyed by module name (e.g. "Network").</summary>
    public static IReadOnlyDictionary<string, Assembly> Modules { get; } = Host.GetReferencedAssemblies()
        .Where(a => ModuleName().IsMatch(a.Name!))
        .ToDictionary(a => ModuleName().Match(a.Name!).Groups[1].Value, Assembly.Load);

    /// <summary>Every module folder under src/Modules with the projects it holds: (Contracts, Implementation).</summary>
    public static IReadOnlyDictionary<string, (bool Contracts, bool Implementation)> ModuleFolders { get; } =
        Directory.GetDirectories(Path.Combine(RepositoryRoot(), "src", "Modules")).Select(Path.GetFileName).OfType<string>()
            .ToDictionary(name => name, name => (HasProject(name, $"SwarmNet.Modules.{name}.Contracts"), HasProject(name, $"SwarmNet.Modules.{name}")));

    /// <summary>Every module's Contracts assembly, whether or not an implementation exists yet.</summary>
    public static IReadOnlyDictionary<string, Assembly> Contracts { get; } = ModuleFolders.Where(m => m.Value.Contracts)
        .ToDictionary(m => m.Key, m => Assembly.Load($"SwarmNet.Modules.{m.Key}.Contracts"));

    /// <summary>Each contract module's kind, with what it tells the kernel (its prefix and table names).</summary>
    public static IReadOnlyList<(string Module, ContractKernel.Kinds.ContractKindInfo Info)> ContractKinds { get; } = Modules
        .SelectMany(m => m.Value.GetTypes().Where(t => t.IsClass && typeof(ContractKernel.Kinds.IContractKind).IsAssignableFrom(t))
            .Select(t => (m.Key, (ContractKernel.Kinds.ContractKindInfo)t.GetProperty("Info", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)))
        .ToList();

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SwarmNet.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("SwarmNet.sln not found above the test folder.");
    }

    private static bool HasProject(string module, string project) =>
        File.Exists(Path.Combine(RepositoryRoot(), "src", "Modules", module, project, project + ".csproj"));

    [GeneratedRegex(@"^SwarmNet\.Modules\.(\w+)$")]
    private static partial Regex ModuleName();
}
