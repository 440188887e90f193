using System.Reflection;
using System.Text.RegularExpressions;

namespace SwarmNet.ArchitectureTests;

/// <summary>The assemblies under the rules, found from what the host composes, so a new module is covered by itself.</summary>
internal static partial class Solution
{
    public static readonly Assembly Host = typeof(Program).Assembly;
    public static readonly Assembly BuildingBlocks = typeof(BuildingBlocks.PlatformRegistration).Assembly;

    /// <summary>The contract kernel (docs/adr/0070): a building block above BuildingBlocks that the contract modules use.</summary>
    public static readonly Assembly Kernel = typeof(ContractKernel.ContractKernelRegistration).Assembly;

    /// <summary>Module implementation assemblies, keyed by module name (e.g. "Network").</summary>
    public static IReadOnlyDictionary<string, Assembly> Modules { get; } = Host.GetReferencedAssemblies()
        .Where(a => ModuleName().IsMatch(a.Name!))
        .ToDictionary(a => ModuleName().Match(a.Name!).Groups[1].Value, Assembly.Load);

    public static IReadOnlyDictionary<string, Assembly> Contracts { get; } = Modules.ToDictionary(
        m => m.Key, m => Assembly.Load($"SwarmNet.Modules.{m.Key}.Contracts"));

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

    [GeneratedRegex(@"^SwarmNet\.Modules\.(\w+)$")]
    private static partial Regex ModuleName();
}
