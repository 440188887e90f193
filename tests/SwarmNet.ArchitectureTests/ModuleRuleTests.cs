using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Xunit;

namespace SwarmNet.ArchitectureTests;

/// <summary>ARCHITECTURE.md's rules between modules. Each rule first proves it selected something, so it cannot pass vacuously.</summary>
public sealed partial class ModuleRuleTests
{
    /// <summary>What the rules inspect is what the repository holds: every implementation is composed by the host, every module has its Contracts.</summary>
    [Fact]
    public void The_rules_see_every_module_of_the_repository()
    {
        Assert.Contains("Network", Solution.ModuleFolders.Keys);
        Assert.Equal(Solution.ModuleFolders.Where(m => m.Value.Implementation).Select(m => m.Key).Order(), Solution.Modules.Keys.Order());
        Assert.Equal(Solution.ModuleFolders.Keys.Order(), Solution.Contracts.Keys.Order());
        var app = Types.InAssembly(Solution.Host).That().HaveName("SwarmNetApp").GetTypes().Single();
        foreach (var module in Solution.Modules.Keys)
        {
            var composed = Types.InAssembly(Solution.Host).That().HaveName(app.Name).Should()
                .HaveDependencyOn($"SwarmNet.Modules.{module}.{module}Module").GetResult();
            Assert.True(composed.IsSuccessful, $"the host references {module} but SwarmNetApp does not compose it ({module}Module).");
        }
    }

    [Fact]
    public void A_module_references_other_modules_through_their_contracts_only()
    {
        foreach (var (module, assembly) in Solution.Modules)
        {
            var others = Solution.Modules.Keys.Where(m => m != module).Select(m => $"SwarmNet.Modules.{m}").ToArray();
            var forbidden = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(others.Contains).ToList();
            Assert.True(forbidden.Count == 0, $"{module} references the implementation of {string.Join(", ", forbidden)}.");
        }
        var projectReferences = ProjectReferences("src/Modules").ToList();
        Assert.NotEmpty(projectReferences);
        foreach (var (project, reference) in projectReferences)
        {
            var match = ModuleProject().Match(reference);
            if (!match.Success || reference.EndsWith(".Contracts.csproj", StringComparison.Ordinal))
                continue;
            Assert.True(Path.GetFileName(project) == Path.GetFileName(reference),
                $"{Path.GetFileName(project)} references {Path.GetFileName(reference)}: reference its .Contracts project instead.");
        }
    }

    [Fact]
    public void Contracts_reference_nothing_but_building_blocks()
    {
        foreach (var (module, contracts) in Solution.Contracts)
        {
            var swarmReferences = contracts.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("SwarmNet", StringComparison.Ordinal)).ToList();
            Assert.All(swarmReferences, name => Assert.Equal("SwarmNet.BuildingBlocks", name));
            var types = Types.InAssembly(contracts).GetTypes().ToList();
            Assert.NotEmpty(types);
            var result = Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny(
                Solution.Modules.Keys.Where(m => m != module).Select(m => $"SwarmNet.Modules.{m}").Append("SwarmNet.Host").ToArray()).GetResult();
            Assert.True(result.IsSuccessful, $"{module}.Contracts depends on: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
        foreach (var (project, reference) in ProjectReferences("src/Modules").Where(p => p.Project.EndsWith(".Contracts.csproj", StringComparison.Ordinal)))
            Assert.EndsWith("SwarmNet.BuildingBlocks.csproj", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Building_blocks_know_no_module()
    {
        Assert.NotEmpty(Types.InAssembly(Solution.BuildingBlocks).GetTypes());
        var result = Types.InAssembly(Solution.BuildingBlocks).ShouldNot().HaveDependencyOnAny("SwarmNet.Modules", "SwarmNet.Host").GetResult();
        Assert.True(result.IsSuccessful, $"BuildingBlocks depends on: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.DoesNotContain(Solution.BuildingBlocks.GetReferencedAssemblies(), a => a.Name!.StartsWith("SwarmNet.Modules", StringComparison.Ordinal));
    }

    [Fact]
    public void The_web_app_sends_published_requests_only()
    {
        var swarmReferences = Solution.Web.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("SwarmNet", StringComparison.Ordinal)).ToList();
        Assert.Contains("SwarmNet.Modules.Network.Contracts", swarmReferences);
        var implementations = swarmReferences.Where(n => Solution.Modules.ContainsKey(n.Split('.').ElementAtOrDefault(2) ?? "") && !n.EndsWith(".Contracts", StringComparison.Ordinal)).ToList();
        Assert.True(implementations.Count == 0, $"SwarmNet.Web references module implementations: {string.Join(", ", implementations)}");
        Assert.DoesNotContain("SwarmNet.Host", swarmReferences);
    }

    [Fact]
    public void Module_internals_are_internal_and_sealed()
    {
        foreach (var (module, assembly) in Solution.Modules)
        {
            var publicTypes = assembly.GetExportedTypes().Select(t => t.Name).ToList();
            Assert.Equal([$"{module}Module"], publicTypes);

            var classes = Types.InAssembly(assembly).That().AreClasses().And().AreNotAbstract().GetTypes()
                .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false) && !t.Name.Contains('<', StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(classes);
            var unsealed = classes.Where(t => !t.IsSealed).Select(t => t.FullName).ToList();
            Assert.True(unsealed.Count == 0, $"{module}: seal these classes: {string.Join(", ", unsealed)}");
        }
    }

    [Fact]
    public void Every_request_in_a_contract_has_a_handler_in_its_module()
    {
        var requests = Solution.Contracts.Values.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && RequestResult(t) is not null).ToList();
        Assert.NotEmpty(requests);
        var missing = new List<string>();
        foreach (var request in requests)
        {
            var handler = typeof(MediatR.IRequestHandler<,>).MakeGenericType(request, RequestResult(request)!);
            var name = request.Assembly.GetName().Name!.Split('.')[2];
            if (!Solution.Modules.TryGetValue(name, out var module))
                missing.Add($"{request.FullName}: {name} has no implementation module to handle it yet.");
            else if (!module.GetTypes().Any(handler.IsAssignableFrom))
                missing.Add($"{request.FullName} has no handler in its module.");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static Type? RequestResult(Type type) => type.GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(MediatR.IRequest<>))?.GetGenericArguments()[0];

    private static IEnumerable<(string Project, string Reference)> ProjectReferences(string folder)
    {
        var root = Solution.RepositoryRoot();
        foreach (var project in Directory.EnumerateFiles(Path.Combine(root, folder), "*.csproj", SearchOption.AllDirectories))
        {
            foreach (Match reference in ProjectReference().Matches(File.ReadAllText(project)))
                yield return (project, reference.Groups[1].Value.Replace('\\', '/'));
        }
    }

    [GeneratedRegex("<ProjectReference Include=\"([^\"]+)\"")]
    private static partial Regex ProjectReference();

    [GeneratedRegex(@"SwarmNet\.Modules\.\w+(\.Contracts)?\.csproj$")]
    private static partial Regex ModuleProject();
}
