namespace SwarmNet.BuildingBlocks.Actors;

/// <summary>A user's role in one organisation (filled by the access layer).</summary>
public sealed record ActorMembership(Guid OrganizationId, string Role);

/// <summary>Who is acting: every handler reads it, every query filters by it.</summary>
public sealed record Actor(Guid? UserId, string DisplayName, bool IsAuthenticated, bool IsPlatformAdmin, IReadOnlyList<ActorMembership> Memberships)
{
    public static readonly Actor Anonymous = new(null, "anonyme", false, false, []);

    /// <summary>The platform itself: CLI verbs, scheduled jobs, demo seeding.</summary>
    public static readonly Actor System = new(null, "système", true, true, []);
}

/// <summary>The scope's actor; the HTTP pipeline or the CLI sets it before any request is sent.</summary>
public sealed class ActorContext
{
    public Actor Current { get; set; } = Actor.Anonymous;
}
