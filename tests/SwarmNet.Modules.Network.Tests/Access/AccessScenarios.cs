using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Access.Members;
using SwarmNet.Modules.Network.Access.PasswordChange;
using SwarmNet.Modules.Network.Access.Sessions;
using SwarmNet.Modules.Network.Access.SignIn;
using SwarmNet.Modules.Network.Access.Tokens;
using SwarmNet.Modules.Network.Access.Users;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>Access use cases on each database, with time moved by hand.</summary>
public abstract class AccessScenarios : IAsyncLifetime
{
    private const string Password = AccessHttp.Password;
    private readonly CapturedEmails _mail = new();
    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private Guid _step;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddSingleton<IMailTransport>(_mail).AddNetworkModule());
        _step = (await _services.SendAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.Other, null, null, null, "Pau"))).Id;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private Task<Guid> UserAsync(string email, params ActorMembership[] memberships) =>
        _services.SendAsync(new ProvisionUser(email, email.Split('@')[0], Password, false, memberships));

    private async Task<Actor> ActorAsync(Guid userId) => (await _services.SendAsync(new LoadActor(userId)))!;

    [DbFact]
    public async Task The_actor_carries_every_membership_and_an_unknown_user_is_null()
    {
        var other = (await _services.SendAsync(new RegisterOrganization("Simplon", OrganizationKind.NetworkHead, LegalForm.Other, null, null, null, null))).Id;
        var id = await UserAsync("a@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin), new ActorMembership(other, Roles.Accountant));

        var actor = await ActorAsync(id);

        Assert.True(actor.IsAuthenticated);
        Assert.False(actor.IsPlatformAdmin);
        Assert.True(actor.HasRole(other, Roles.Accountant));
        Assert.Equal(2, actor.Memberships.Count);
        Assert.Null(await _services.SendAsync(new LoadActor(Guid.CreateVersion7())));
    }

    /// <summary>Signed in with the password, as the web app is: the actor of that session.</summary>
    private async Task<Actor> SignedInAsync(string email)
    {
        var outcome = await _services.SendAsync(new SignIn(email, Password, IPAddress.Parse("198.51.100.7")));
        return (await _services.SendAsync(new LoadActor(outcome.UserId!.Value, outcome.SessionId)))!;
    }

    [DbFact]
    public async Task Failures_slow_down_the_attacker_address_while_the_owner_signs_in_elsewhere_and_write_nothing()
    {
        await UserAsync("a@tests.invalid");
        for (var i = 0; i < 4; i++)
            Assert.Null((await _services.SendAsync(new SignIn("a@tests.invalid", "mauvais mot de passe", IPAddress.Parse("203.0.113.9")))).UserId);

        var throttled = await _services.SendAsync(new SignIn("a@tests.invalid", Password, IPAddress.Parse("203.0.113.9")));
        Assert.Null(throttled.UserId);
        Assert.Equal(TimeSpan.FromSeconds(1), throttled.RetryAfter);
        Assert.Equal([0L], await _services.QueryAsync<long>("SELECT COUNT(*) FROM network_sessions"));
        Assert.Equal([(string?)null], await _services.QueryAsync<string?>("SELECT last_sign_in_at FROM network_users"));

        var owner = await _services.SendAsync(new SignIn("A@Tests.invalid ", Password, IPAddress.Parse("198.51.100.7")));
        Assert.NotNull(owner.UserId);
        Assert.NotNull(owner.SessionId);
        _services.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull((await _services.SendAsync(new SignIn("a@tests.invalid", Password, IPAddress.Parse("203.0.113.9")))).UserId);
        Assert.Equal([2L], await _services.QueryAsync<long>("SELECT COUNT(*) FROM network_sessions"));
    }

    [DbFact]
    public async Task Signing_out_changing_the_password_and_disabling_end_sessions_at_once()
    {
        var userId = await UserAsync("a@tests.invalid");
        var first = await SignedInAsync("a@tests.invalid");
        var second = await SignedInAsync("a@tests.invalid");
        var third = await SignedInAsync("a@tests.invalid");

        await _services.SendAsync(new SignOut(), first);
        Assert.Null(await _services.SendAsync(new LoadActor(userId, first.SessionId)));
        Assert.NotNull(await _services.SendAsync(new LoadActor(userId, second.SessionId)));

        await _services.SendAsync(new ChangePassword(Password, "un tout nouveau mot de passe"), second);
        Assert.NotNull(await _services.SendAsync(new LoadActor(userId, second.SessionId)));
        Assert.Null(await _services.SendAsync(new LoadActor(userId, third.SessionId)));
        Assert.Null((await _services.SendAsync(new SignIn("a@tests.invalid", Password, IPAddress.Parse("198.51.100.7")))).UserId);

        var admin = await ActorAsync(await UserAsync("admin@tests.invalid"));
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new SetUserDisabled(userId, true), admin));
        await _services.SendAsync(new SetUserDisabled(userId, true), Actor.System);
        Assert.Null(await _services.SendAsync(new LoadActor(userId, second.SessionId)));
        Assert.Null(await _services.SendAsync(new LoadActor(userId)));
        Assert.Null((await _services.SendAsync(new SignIn("a@tests.invalid", "un tout nouveau mot de passe", IPAddress.Parse("198.51.100.7")))).UserId);
        await _services.SendAsync(new SetUserDisabled(userId, false), Actor.System);
        Assert.NotNull((await _services.SendAsync(new SignIn("a@tests.invalid", "un tout nouveau mot de passe", IPAddress.Parse("198.51.100.7")))).UserId);
    }

    [DbFact]
    public async Task A_session_ends_after_its_lifetime_however_active()
    {
        var userId = await UserAsync("a@tests.invalid");
        var actor = await SignedInAsync("a@tests.invalid");

        _services.Clock.Advance(TimeSpan.FromHours(12) - TimeSpan.FromSeconds(1));
        Assert.NotNull(await _services.SendAsync(new LoadActor(userId, actor.SessionId)));
        _services.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await _services.SendAsync(new LoadActor(userId, actor.SessionId)));
    }

    [DbFact]
    public async Task A_token_authenticates_until_it_expires_or_is_revoked()
    {
        await UserAsync("a@tests.invalid");
        var owner = await SignedInAsync("a@tests.invalid");
        var lasting = await _services.SendAsync(new CreateApiToken("export", null), owner);
        var shortLived = await _services.SendAsync(new CreateApiToken("essai", ManualClock.DefaultStart.AddHours(1)), owner);

        Assert.Equal(ManualClock.DefaultStart.AddDays(365), lasting.ExpiresAt);
        Assert.Equal(owner.UserId, await _services.SendAsync(new AuthenticateApiToken(lasting.Token)));
        Assert.Equal(owner.UserId, await _services.SendAsync(new AuthenticateApiToken(shortLived.Token)));
        var listed = await _services.SendAsync(new ListApiTokens(), owner);
        Assert.All(listed, t => Assert.Equal(ManualClock.DefaultStart, t.LastUsedAt));
        Assert.Empty(await _services.QueryAsync<string>("SELECT name FROM network_api_tokens WHERE token_hash LIKE 'swn_%'"));

        _services.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Null(await _services.SendAsync(new AuthenticateApiToken(shortLived.Token)));

        var stranger = await ActorAsync(await UserAsync("b@tests.invalid"));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new RevokeApiToken(lasting.Id), stranger));
        await _services.SendAsync(new RevokeApiToken(lasting.Id), owner);
        Assert.Null(await _services.SendAsync(new AuthenticateApiToken(lasting.Token)));
        Assert.Null(await _services.SendAsync(new AuthenticateApiToken("swn_" + new string('a', 43))));
    }

    [DbFact]
    public async Task A_token_cannot_create_tokens_and_dies_with_its_disabled_owner()
    {
        await UserAsync("a@tests.invalid");
        var owner = await SignedInAsync("a@tests.invalid");
        var token = await _services.SendAsync(new CreateApiToken("script", null), owner);
        var asToken = (await _services.SendAsync(new LoadActor(owner.UserId!.Value)))!;

        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new CreateApiToken("rejeton", null), asToken));
        await _services.SendAsync(new SetUserDisabled(owner.UserId!.Value, true), Actor.System);
        Assert.Null(await _services.SendAsync(new AuthenticateApiToken(token.Token)));
    }

    [DbFact]
    public async Task An_expiry_beyond_a_year_is_refused()
    {
        await UserAsync("a@tests.invalid");
        var owner = await SignedInAsync("a@tests.invalid");
        var error = await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new CreateApiToken("x", new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero)), owner));
        Assert.Equal("/expiresAt", Assert.Single(error.Errors).Path);
    }

    [DbFact]
    public async Task An_invitation_creates_the_account_once_and_expires()
    {
        var admin = await ActorAsync(await UserAsync("admin@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin)));
        await _services.SendAsync(new InviteMember(_step, "Nouvelle@Tests.invalid", Roles.StructureMember), admin);
        var token = await TokenAsync("nouvelle@tests.invalid");
        Assert.Empty(await _services.QueryAsync<string>("SELECT id FROM network_invitations WHERE token_hash = @Token", new { Token = token }));

        var accepted = await _services.SendAsync(new AcceptInvitation(token, "Nouvelle", Password), Actor.Anonymous);
        Assert.Equal(new AcceptedInvitationDto(_step, Roles.StructureMember, SignInRequired: true), accepted);
        var created = await SignedInAsync("nouvelle@tests.invalid");
        Assert.True(created.HasRole(_step, Roles.StructureMember));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(token, "Nouvelle", Password), Actor.Anonymous));

        await UserAsync("deja@tests.invalid");
        await _services.SendAsync(new InviteMember(_step, "deja@tests.invalid", Roles.StructureAdmin), admin);
        var late = await TokenAsync("deja@tests.invalid");
        var invitee = await SignedInAsync("deja@tests.invalid");
        _services.Clock.Advance(TimeSpan.FromDays(8));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(late, null, null), invitee));
    }

    [DbFact]
    public async Task An_existing_account_joins_only_signed_in_and_the_link_never_tells_it_exists()
    {
        var admin = await ActorAsync(await UserAsync("admin@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin)));
        await UserAsync("deja@tests.invalid");
        await _services.SendAsync(new InviteMember(_step, "deja@tests.invalid", Roles.StructureAdmin), admin);
        var existing = await TokenAsync("deja@tests.invalid");
        await _services.SendAsync(new InviteMember(_step, "personne@tests.invalid", Roles.StructureAdmin), admin);
        var nobody = await TokenAsync("personne@tests.invalid");

        // Anonymous: the same answer whether the address has an account or not; the existing account is left alone.
        var forExisting = await _services.SendAsync(new AcceptInvitation(existing, "Intrus", "un mot de passe d'intrus"), Actor.Anonymous);
        var forNobody = await _services.SendAsync(new AcceptInvitation(nobody, "Personne", "un mot de passe d'intrus"), Actor.Anonymous);
        Assert.Equal(forNobody, forExisting);
        Assert.Null((await _services.SendAsync(new SignIn("deja@tests.invalid", "un mot de passe d'intrus", IPAddress.Parse("203.0.113.9")))).UserId);
        var owner = await SignedInAsync("deja@tests.invalid");
        Assert.False(owner.CanSee(_step));

        // Signed in as someone else: not yours. Signed in as the invited account: it joins.
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(existing, null, null), admin));
        var joined = await _services.SendAsync(new AcceptInvitation(existing, null, null), owner);
        Assert.Equal(new AcceptedInvitationDto(_step, Roles.StructureAdmin, SignInRequired: false), joined);
        Assert.True((await SignedInAsync("deja@tests.invalid")).HasRole(_step, Roles.StructureAdmin));
    }

    [DbFact]
    public async Task A_new_invitation_replaces_the_pending_one()
    {
        var admin = await ActorAsync(await UserAsync("admin@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin)));
        await _services.SendAsync(new InviteMember(_step, "n@tests.invalid", Roles.StructureMember), admin);
        var first = await TokenAsync("n@tests.invalid");
        await _services.SendAsync(new InviteMember(_step, "n@tests.invalid", Roles.StructureAdmin), admin);

        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(first, "N", Password), Actor.Anonymous));
        var page = await _services.SendAsync(new ListInvitations(_step), admin);
        Assert.Equal(["pending", "revoked"], page.Items.Select(i => i.Status));
    }

    [DbFact]
    public async Task The_last_admin_stays()
    {
        var adminId = await UserAsync("admin@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin));
        var admin = await ActorAsync(adminId);

        var demote = await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new ChangeMemberRole(_step, adminId, Roles.StructureMember), admin));
        Assert.Contains("dernier administrateur", demote.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ConflictException>(() => _services.SendAsync(new RemoveMember(_step, adminId), admin));

        var otherId = await UserAsync("b@tests.invalid", new ActorMembership(_step, Roles.StructureMember));
        await _services.SendAsync(new ChangeMemberRole(_step, otherId, Roles.StructureAdmin), admin);
        await _services.SendAsync(new RemoveMember(_step, adminId), admin);
        var remaining = await _services.SendAsync(new ListMembers(_step), Actor.System);
        Assert.Equal([Roles.StructureAdmin], remaining.Items.Select(m => m.Role));
    }

    [DbFact]
    public async Task Outsiders_see_nothing_and_members_may_not_manage()
    {
        var other = (await _services.SendAsync(new RegisterOrganization("Simplon", OrganizationKind.NetworkHead, LegalForm.Other, null, null, null, null))).Id;
        var outsider = await ActorAsync(await UserAsync("dehors@tests.invalid", new ActorMembership(other, Roles.NetworkAdmin)));
        var member = await ActorAsync(await UserAsync("membre@tests.invalid", new ActorMembership(_step, Roles.StructureMember)));

        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new ListMembers(_step), outsider));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new InviteMember(_step, "x@tests.invalid", Roles.StructureAdmin), outsider));
        await Assert.ThrowsAsync<ForbiddenException>(() => _services.SendAsync(new InviteMember(_step, "x@tests.invalid", Roles.StructureAdmin), member));
        Assert.Equal(1, (await _services.SendAsync(new ListMembers(_step), member)).Total);
        await _services.Get<MailDispatcher>().SendPendingAsync();
        Assert.Empty(_mail.Sent);
    }

    /// <summary>Mail leaves after the commit: send what is queued, then read the link the invitee got.</summary>
    private async Task<string> TokenAsync(string to)
    {
        await _services.Get<MailDispatcher>().SendPendingAsync();
        return _mail.LastInvitationToken(to);
    }
}

public sealed class SqliteAccessTests : AccessScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerAccessTests : AccessScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
