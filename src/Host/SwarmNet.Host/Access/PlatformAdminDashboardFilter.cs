using Hangfire.Dashboard;
using SwarmNet.BuildingBlocks.Actors;

namespace SwarmNet.Host.Access;

/// <summary>The jobs dashboard is for platform admins (Hangfire answers 401 to the anonymous, 403 to the others).</summary>
internal sealed class PlatformAdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().RequestServices.GetRequiredService<ActorContext>().Current.IsPlatformAdmin;
}
