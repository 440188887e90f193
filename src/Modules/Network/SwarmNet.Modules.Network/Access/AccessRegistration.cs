using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Access.Demo;
using SwarmNet.Modules.Network.Access.Members;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.SignIn;
using SwarmNet.Modules.Network.Access.Tokens;
using SwarmNet.Modules.Network.Access.Users;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access;

/// <summary>Access control's services and endpoints, called from the module's front door (its handlers are found with the module's).</summary>
internal static class AccessRegistration
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => AccessOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.TryAddScoped<DemoAccessCredentials>();
        services.TryAddSingleton<SignInThrottle>();
        services.TryAddSingleton<PasswordWork>();
        // Per client address, before any password is hashed: a flood from one address costs a 429, not CPU (docs/adr/0054).
        services.AddOptions<RateLimiterOptions>().Configure<AccessOptions>((limiter, access) =>
            limiter.AddPolicy(AccessClaims.PasswordAttemptsPolicy, http => RateLimitPartition.GetTokenBucketLimiter(ClientAddress.Of(http),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = access.SignInAttemptsPerMinute, TokensPerPeriod = access.SignInAttemptsPerMinute,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
                })));
        services.AddScoped<IDemoSeeder, AccessDemoSeeder>();
        return services;
    }

    public static void MapAccessEndpoints(this IEndpointRouteBuilder endpoints, IEndpointRouteBuilder network)
    {
        var auth = endpoints.MapGroup("/api/auth").WithTags("Accès");
        AuthEndpoints.Map(auth);
        TokenEndpoints.Map(auth);
        UserEndpoints.Map(auth);
        MemberEndpoints.Map(network);
    }
}
