using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using SwarmNet.Web.Sending;

namespace SwarmNet.Web.Hosting;

/// <summary>The web application's front door, called by the host like a module's (docs/adr/0110).</summary>
public static class WebRegistration
{
    public static IServiceCollection AddSwarmNetWeb(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddScoped<PageSender>();
        services.AddScoped<Layout.UnreadNotifications>();
        return services;
    }

    /// <summary>The pages at "/", and the three form posts that set a cookie (sign-out, language, organisation).</summary>
    public static IEndpointRouteBuilder MapSwarmNetWeb(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        FormEndpoints.Map(endpoints);
        return endpoints;
    }
}
