using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using SwarmNet.BuildingBlocks;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Host.Access;

namespace SwarmNet.Host.Jobs;

/// <summary>Hangfire only triggers the recurring commands modules declare; storage follows the database provider.</summary>
internal static class JobsRegistration
{
    public static IServiceCollection AddSwarmNetJobs(this IServiceCollection services)
    {
        services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            var database = PlatformRegistration.ReadDatabaseOptions(sp.GetRequiredService<IConfiguration>());
            if (database.Provider == DatabaseProvider.SqlServer)
                config.UseSqlServerStorage(database.ConnectionString);
            else
                config.UseInMemoryStorage(new InMemoryStorageOptions());
        });
        services.AddHangfireServer((sp, options) =>
        {
            options.WorkerCount = sp.GetRequiredService<IConfiguration>().GetValue("Jobs:Workers", 2);
        });
        services.AddSingleton<RecurringJobRunner>();
        services.AddHostedService<RecurringJobScheduler>();
        return services;
    }

    /// <summary>The dashboard is for platform admins only (the host's access layer has already loaded the actor).</summary>
    public static void MapSwarmNetJobsDashboard(this WebApplication app) =>
        app.UseHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new PlatformAdminDashboardFilter()],
            DashboardTitle = "SwarmNet — tâches planifiées",
        });
}
