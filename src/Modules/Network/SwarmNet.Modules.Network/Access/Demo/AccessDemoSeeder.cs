using System.Security.Cryptography;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Access.Rules;
using SwarmNet.Modules.Network.Access.Users;
using SwarmNet.Modules.Network.Contracts.Access;

namespace SwarmNet.Modules.Network.Access.Demo;

/// <summary>
/// One demo account per role, named after the role (no invented people), on a reserved domain (.invalid never
/// resolves). They share one random password made at seeding and handed to the caller to print once; none is
/// ever configured. Idempotent by e-mail; runs after the organisations (Order 10), which it finds by name.
/// </summary>
internal sealed class AccessDemoSeeder(DbSession db, TimeProvider clock, DemoAccessCredentials credentials) : IDemoSeeder
{
    internal sealed record DemoAccount(string Email, string DisplayName, bool IsPlatformAdmin, string? Organization, string? Role);

    internal static readonly DemoAccount[] Accounts =
    [
        new("admin@demo.swarmnet.invalid", "Admin plateforme", true, null, null),
        new("admin.simplon@demo.swarmnet.invalid", "Admin Simplon", false, "Simplon", Roles.NetworkAdmin),
        new("admin.triporteurs@demo.swarmnet.invalid", "Admin Les Triporteurs", false, "Les Triporteurs", Roles.NetworkAdmin),
        new("reseau.triporteurs@demo.swarmnet.invalid", "Chargée de réseau Les Triporteurs", false, "Les Triporteurs", Roles.NetworkStaff),
        new("comptable.triporteurs@demo.swarmnet.invalid", "Comptable Les Triporteurs", false, "Les Triporteurs", Roles.Accountant),
        new("admin.conciergerie@demo.swarmnet.invalid", "Admin La Conciergerie Solidaire", false, "La Conciergerie Solidaire", Roles.NetworkAdmin),
        new("referente.step@demo.swarmnet.invalid", "Référente STEP", false, "STEP", Roles.StructureAdmin),
        new("membre.step@demo.swarmnet.invalid", "Membre STEP", false, "STEP", Roles.StructureMember),
    ];

    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct)
    {
        var password = NewPassword();
        var hash = Passwords.Hash(password);
        var now = clock.GetUtcNow();
        await db.BeginAsync(ct);
        foreach (var account in Accounts)
        {
            var userId = await db.QuerySingleOrDefaultAsync<Guid?>(UserSql.SelectUserIdByEmailSql, new { account.Email }, ct);
            if (userId is null)
            {
                userId = Guid.CreateVersion7();
                await db.ExecuteAsync(UserSql.InsertUserSql, new
                {
                    Id = userId, account.Email, account.DisplayName, PasswordHash = hash, account.IsPlatformAdmin, CreatedAt = now,
                }, ct);
                credentials.Emails.Add(account.Email);
            }
            if (account.Organization is null)
                continue;
            var organizationId = await db.QuerySingleOrDefaultAsync<Guid?>(SelectOrganizationByNameSql, new { Name = account.Organization }, ct);
            if (organizationId is not null
                && await db.ExecuteScalarAsync<long>(UserSql.CountMembershipSql, new { OrganizationId = organizationId, UserId = userId }, ct) == 0)
                await db.ExecuteAsync(UserSql.InsertMembershipSql, new { OrganizationId = organizationId, UserId = userId, account.Role, CreatedAt = now }, ct);
        }
        await db.CommitAsync(ct);
        if (credentials.Emails.Count > 0)
            credentials.Password = password;
    }

    /// <summary>Four groups of five unambiguous characters: about 100 bits, easy to type from a terminal.</summary>
    internal static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var chars = RandomNumberGenerator.GetItems<char>(alphabet, 20);
        return string.Join('-', Enumerable.Range(0, 4).Select(i => new string(chars, i * 5, 5)));
    }

    internal const string SelectOrganizationByNameSql = "SELECT id FROM network_organizations WHERE name = @Name";
}
