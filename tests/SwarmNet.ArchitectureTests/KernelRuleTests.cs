using NetArchTest.Rules;
using Xunit;

namespace SwarmNet.ArchitectureTests;

/// <summary>
/// The contract kernel's place (docs/adr/0070): below the contract modules, knowing none of them; its SQL runs on each
/// contract module's own tables. Each rule first proves it selected something.
/// </summary>
public sealed class KernelRuleTests
{
    [Fact]
    public void Licences_is_a_contract_module_of_the_kernel() =>
        Assert.Contains(Solution.ContractKinds, k => k.Module == "Licences" && k.Info.Prefix == "licences");

    [Fact]
    public void Affiliations_is_a_contract_module_of_the_kernel_on_the_default_tables() =>
        Assert.Contains(Solution.ContractKinds, k => k is { Module: "Affiliations", Info: { Prefix: "affiliations", ContractsTable: "affiliations_contracts", IdColumn: "contract_id" } });

    [Fact]
    public void The_kernel_knows_no_module_implementation_and_no_contract_module()
    {
        var contractModules = Solution.ContractKinds.Select(k => k.Module).Distinct().ToList();
        Assert.NotEmpty(contractModules);
        var references = Solution.Kernel.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("SwarmNet", StringComparison.Ordinal)).ToList();
        Assert.Contains("SwarmNet.BuildingBlocks", references);
        var forbidden = references.Where(n => n.StartsWith("SwarmNet.Modules.", StringComparison.Ordinal) && !n.EndsWith(".Contracts", StringComparison.Ordinal)
                                               || contractModules.Any(m => n.StartsWith($"SwarmNet.Modules.{m}", StringComparison.Ordinal))
                                               || n.StartsWith("SwarmNet.Host", StringComparison.Ordinal)).ToList();
        Assert.True(forbidden.Count == 0, $"The kernel references {string.Join(", ", forbidden)}.");
        var result = Types.InAssembly(Solution.Kernel).ShouldNot()
            .HaveDependencyOnAny(contractModules.Select(m => $"SwarmNet.Modules.{m}").Append("SwarmNet.Host").ToArray()).GetResult();
        Assert.True(result.IsSuccessful, $"Kernel types depend on: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Nothing_below_the_contract_modules_uses_the_kernel()
    {
        var name = Solution.Kernel.GetName().Name;
        Assert.DoesNotContain(Solution.BuildingBlocks.GetReferencedAssemblies(), a => a.Name == name);
        Assert.All(Solution.Contracts.Values, c => Assert.DoesNotContain(c.GetReferencedAssemblies(), a => a.Name == name));
    }

    [Fact]
    public void Kernel_classes_are_sealed_or_abstract()
    {
        var classes = Types.InAssembly(Solution.Kernel).That().AreClasses().GetTypes()
            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false) && !t.Name.Contains('<', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(classes);
        Assert.True(classes.All(t => t.IsSealed || t.IsAbstract), $"Seal: {string.Join(", ", classes.Where(t => !t.IsSealed && !t.IsAbstract).Select(t => t.FullName))}");
    }

    [Fact]
    public void Every_kernel_statement_is_checked_for_every_contract_module() =>
        Assert.True(SqlCatalog.KernelStatements.Count >= 20 * Solution.ContractKinds.Count && Solution.ContractKinds.Count > 0,
            $"only {SqlCatalog.KernelStatements.Count} kernel statements for {Solution.ContractKinds.Count} contract modules");
}
