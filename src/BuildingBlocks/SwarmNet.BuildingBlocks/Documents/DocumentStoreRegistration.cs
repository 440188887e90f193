using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SwarmNet.BuildingBlocks.Documents;

/// <summary>One <see cref="DocumentStore"/> for every module that keeps files, rooted at Documents:Root.</summary>
public static class DocumentStoreRegistration
{
    /// <summary>Beside the embedded database file (data/swarmnet.db), so one folder holds everything to back up.</summary>
    public const string DefaultRoot = "data/documents";

    public static IServiceCollection AddDocumentStore(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new DocumentStore(sp.GetRequiredService<IConfiguration>()["Documents:Root"] ?? DefaultRoot));
        return services;
    }
}
