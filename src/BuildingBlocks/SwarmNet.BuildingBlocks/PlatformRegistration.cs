using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Http;
using SwarmNet.BuildingBlocks.Jobs;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Migrations;
using SwarmNet.BuildingBlocks.Outbox;

namespace SwarmNet.BuildingBlocks;

/// <summary>What every module needs and no module owns, registered once by the host before the modules.</summary>
public static class PlatformRegistration
{
    public static IServiceCollection AddSwarmNetPlatform(this IServiceCollection services)
    {
        TypeHandlers.Register();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        ValidatorOptions.Global.LanguageManager = new ValidationMessages();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => ReadDatabaseOptions(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<DbConnectionFactory>();
        services.AddScoped<DbSession>();
        services.TryAddSingleton<ITransactionLocks, DialectTransactionLocks>();
        services.AddScoped<ActorContext>();
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton(MigrationSource.FromAssembly("platform", typeof(PlatformRegistration).Assembly));

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IntegrationEventRegistry>();
        services.AddSingleton(sp => OutboxInstance.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<OutboxDispatcher>();
        services.AddScoped<Outbox.Outbox>();
        services.AddHostedService<OutboxBackgroundService>();

        services.TryAddSingleton(sp => MailOptions.Read(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton<IMailTransport>(sp => sp.GetRequiredService<MailOptions>() is { SmtpHost: not null } smtp
            ? new SmtpMailTransport(smtp) : new EmlFolderMailTransport(sp.GetRequiredService<MailOptions>()));
        services.AddSingleton<MailDispatcher>();
        services.AddScoped<MailQueue>();

        services.AddHandlersFrom(typeof(PlatformRegistration).Assembly);
        services.AddRecurringJob("platform.purge-outbox", "30 3 * * *",
            "Supprime les événements livrés depuis plus de 30 jours", () => new PurgeDispatchedOutbox());

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTexts.Fill);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services;
    }

    public static DatabaseOptions ReadDatabaseOptions(IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"];
        var options = new DatabaseOptions();
        if (!string.IsNullOrWhiteSpace(provider))
        {
            options.Provider = Enum.TryParse<DatabaseProvider>(provider, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider '{provider}' is not supported: use Sqlite or SqlServer.");
        }
        var connectionString = configuration.GetConnectionString("SwarmNet");
        if (!string.IsNullOrWhiteSpace(connectionString))
            options.ConnectionString = connectionString;
        else if (options.Provider == DatabaseProvider.SqlServer)
            throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SwarmNet is empty.");
        return options;
    }
}
