using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;

namespace SwarmNet.Host.Tests;

/// <summary>
/// Test-only, until sign-in exists: requests act as the platform, so the HTTP paths can be exercised end to end.
/// The access-control work replaces this with real signed-in clients.
/// </summary>
internal sealed class PlatformActorStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.RequestServices.GetRequiredService<ActorContext>().Current = Actor.System;
            return nextMiddleware(context);
        });
        next(app);
    };
}
