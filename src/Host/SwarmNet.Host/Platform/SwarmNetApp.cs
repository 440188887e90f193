using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;
using SwarmNet.BuildingBlocks;
using SwarmNet.BuildingBlocks.Json;
using SwarmNet.Host.Access;
using SwarmNet.Host.Jobs;
using SwarmNet.Modules.Affiliations;
using SwarmNet.Modules.Licences;
using SwarmNet.Modules.Network;
using SwarmNet.Modules.Obligations;
using SwarmNet.Modules.Partnerships;
using SwarmNet.Modules.Royalties;
using SwarmNet.Web.Hosting;

namespace SwarmNet.Host.Platform;

/// <summary>The composition root: the modules, listed explicitly, and the HTTP pipeline. No business rule lives here.</summary>
internal static class SwarmNetApp
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args, bool forCommandLine)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (forCommandLine)
        {
            // CLI verbs keep stdout for their output: logs go to stderr.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        if (!HasConfiguredUrls(builder.Configuration))
            builder.WebHost.UseUrls(DefaultUrl);

        var services = builder.Services;
        services.AddSwarmNetPlatform();
        services.AddNetworkModule();
        services.AddRoyaltiesModule();
        services.AddLicencesModule();
        services.AddAffiliationsModule();
        services.AddPartnershipsModule();
        services.AddObligationsModule();
        services.AddSwarmNetJobs();
        services.AddSwarmNetAccess(builder.Configuration);
        services.AddTrustedProxies(builder.Configuration);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddHostedService<MigrationStartup>();
        services.AddSwarmNetWeb();
        // The pages' CSS and scripts come from packages (MudBlazor) and the web project: serve them from where the build
        // put them in every environment, not only Development (a published build has them in wwwroot anyway).
        builder.WebHost.UseStaticWebAssets();

        services.ConfigureHttpJsonOptions(o =>
        {
            StrictJson.Apply(o.SerializerOptions);
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        // Malformed bodies and query strings reach the exception handler, which names the field (400, not a bare 400).
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi(o => o.AddOperationTransformer(MultipartBodyTransformer.TransformAsync).AddOperationTransformer(OpenApiPathParameters.TransformAsync)
            .AddOperationTransformer(OpenApiShape.OperationAsync).AddDocumentTransformer(OpenApiShape.DocumentAsync));
        return builder.Build();
    }

    public static WebApplication MapPipeline(this WebApplication app)
    {
        // The real client address and scheme first (sign-in limits and HSTS read them), then the headers every answer carries.
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.UseHsts();
        // Localisation before the exception handler: the culture must already be set when it writes a problem.
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("fr-FR"),
            SupportedCultures = [new CultureInfo("fr-FR"), new CultureInfo("en")],
            SupportedUICultures = [new CultureInfo("fr-FR"), new CultureInfo("en")],
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        // Static files before sign-in: the sign-in page needs its stylesheet and scripts (no data is served from here).
        app.UseStaticFiles();
        app.UseSwarmNetAccess();
        app.UseAntiforgery();
        app.MapHealth();
        // The API reference is for every signed-in user (an integrator generates a client from it); jobs stay with admins.
        app.MapOpenApi().OpenInDevelopment(app.Environment);
        app.MapScalarApiReference("/api-docs", o => o.WithTitle("SwarmNet API")).OpenInDevelopment(app.Environment);
        app.MapSwarmNetJobsDashboard();
        app.MapNetworkEndpoints();
        app.MapRoyaltiesEndpoints();
        app.MapLicencesEndpoints();
        app.MapAffiliationsEndpoints();
        app.MapPartnershipsEndpoints();
        app.MapObligationsEndpoints();
        app.MapSwarmNetWeb();
        return app;
    }

    private static bool HasConfiguredUrls(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"]) || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"]) || configuration.GetSection("Kestrel:Endpoints").Exists();
}
