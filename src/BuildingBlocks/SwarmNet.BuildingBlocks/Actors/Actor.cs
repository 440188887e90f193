namespace SwarmNet.BuildingBlocks.Actors;

/// <summary>The roles a user holds in an organisation; PlatformAdmin is platform-wide (<see cref="Actor.IsPlatformAdmin"/>).</summary>
public static class Roles
{
    public const string NetworkAdmin = "NetworkAdmin";
    public const string NetworkStaff = "NetworkStaff";
    public const string StructureAdmin = "StructureAdmin";
    public const string StructureMember = "StructureMember";

    /// <summary>Reads and reviews the finances of one network head.</summary>
    public const string Accountant = "Accountant";

    public const string PlatformAdmin = "PlatformAdmin";

    public static readonly IReadOnlyList<string> OfOrganizations = [NetworkAdmin, NetworkStaff, StructureAdmin, StructureMember, Accountant];
}

/// <summary>A user's role in one organisation (filled by the access layer).</summary>
public sealed record ActorMembership(Guid OrganizationId, string Role);

/// <summary>Who is acting: every handler reads it, every query filters by it.</summary>
public sealed record Actor(Guid? UserId, string DisplayName, bool IsAuthenticated, bool IsPlatformAdmin, IReadOnlyList<ActorMembership> Memberships)
{
    public static readonly Actor Anonymous = new(null, "anonyme", false, false, []);

    /// <summary>The platform itself: CLI verbs, scheduled jobs, demo seeding.</summary>
    public static readonly Actor System = new(null, "système", true, true, []);

    /// <summary>
    /// The signed-in session the actor acts in (a browser's cookie); null for API tokens, the CLI and jobs. Some acts
    /// need one: a token may not create tokens.
    /// </summary>
    public Guid? SessionId { get; init; }

    /// <summary>Platform admins see every organisation; everyone else only their own.</summary>
    public bool CanSee(Guid organizationId) => IsPlatformAdmin || Memberships.Any(m => m.OrganizationId == organizationId);

    /// <summary>True when the actor holds one of the roles in that organisation (platform admins always do).</summary>
    public bool HasRole(Guid organizationId, params string[] roles) =>
        IsPlatformAdmin || Memberships.Any(m => m.OrganizationId == organizationId && roles.Contains(m.Role));

    /// <summary>The organisations the actor belongs to, for filtering lists (ignored for platform admins).</summary>
    public IReadOnlyList<Guid> OrganizationIds => Memberships.Select(m => m.OrganizationId).Distinct().ToList();
}

/// <summary>The scope's actor; the HTTP pipeline or the CLI sets it before any request is sent.</summary>
public sealed class ActorContext
{
    public Actor Current { get; set; } = Actor.Anonymous;
}
