using Microsoft.Extensions.DependencyInjection;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Mail;
using SwarmNet.Modules.Network.Access.Invitations;
using SwarmNet.Modules.Network.Access.Members;
using SwarmNet.Modules.Network.Access.SignIn;
using SwarmNet.Modules.Network.Access.Tokens;
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

    [DbFact]
    public async Task Five_failures_lock_the_account_for_fifteen_minutes()
    {
        await UserAsync("a@tests.invalid");
        for (var i = 0; i < 5; i++)
            Assert.Null((await _services.SendAsync(new SignIn("a@tests.invalid", "mauvais mot de passe"))).UserId);

        Assert.Null((await _services.SendAsync(new SignIn("a@tests.invalid", Password))).UserId);
        _services.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Null((await _services.SendAsync(new SignIn("a@tests.invalid", Password))).UserId);
        _services.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull((await _services.SendAsync(new SignIn("A@Tests.invalid ", Password))).UserId);

        // A success resets the count: four new failures do not lock.
        for (var i = 0; i < 4; i++)
            await _services.SendAsync(new SignIn("a@tests.invalid", "mauvais mot de passe"));
        Assert.NotNull((await _services.SendAsync(new SignIn("a@tests.invalid", Password))).UserId);
    }

    [DbFact]
    public async Task A_token_authenticates_until_it_expires_or_is_revoked()
    {
        var owner = await ActorAsync(await UserAsync("a@tests.invalid"));
        var lasting = await _services.SendAsync(new CreateApiToken("export", null), owner);
        var shortLived = await _services.SendAsync(new CreateApiToken("essai", ManualClock.DefaultStart.AddHours(1)), owner);

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
    public async Task An_expiry_in_the_past_is_refused() =>
        Assert.Equal("/expiresAt", Assert.Single((await Assert.ThrowsAsync<InputValidationException>(() =>
            _services.SendAsync(new CreateApiToken("x", ManualClock.DefaultStart.AddMinutes(-1)), Actor.System))).Errors).Path);

    [DbFact]
    public async Task An_invitation_creates_the_account_once_and_expires()
    {
        var admin = await ActorAsync(await UserAsync("admin@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin)));
        await _services.SendAsync(new InviteMember(_step, "Nouvelle@Tests.invalid", Roles.StructureMember), admin);
        var token = await TokenAsync("nouvelle@tests.invalid");
        Assert.Empty(await _services.QueryAsync<string>("SELECT id FROM network_invitations WHERE token_hash = @Token", new { Token = token }));

        var accepted = await _services.SendAsync(new AcceptInvitation(token, "Nouvelle", Password));
        Assert.True(accepted.AccountCreated);
        Assert.True((await ActorAsync(accepted.UserId)).HasRole(_step, Roles.StructureMember));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(token, "Nouvelle", Password)));

        var existing = await UserAsync("deja@tests.invalid");
        await _services.SendAsync(new InviteMember(_step, "deja@tests.invalid", Roles.StructureAdmin), admin);
        var late = await TokenAsync("deja@tests.invalid");
        _services.Clock.Advance(TimeSpan.FromDays(8));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(late, null, null)));

        await _services.SendAsync(new InviteMember(_step, "deja@tests.invalid", Roles.StructureAdmin), admin);
        var linked = await _services.SendAsync(new AcceptInvitation(await TokenAsync("deja@tests.invalid"), null, null));
        Assert.Equal(existing, linked.UserId);
        Assert.False(linked.AccountCreated);
    }

    [DbFact]
    public async Task A_new_invitation_replaces_the_pending_one()
    {
        var admin = await ActorAsync(await UserAsync("admin@tests.invalid", new ActorMembership(_step, Roles.StructureAdmin)));
        await _services.SendAsync(new InviteMember(_step, "n@tests.invalid", Roles.StructureMember), admin);
        var first = await TokenAsync("n@tests.invalid");
        await _services.SendAsync(new InviteMember(_step, "n@tests.invalid", Roles.StructureAdmin), admin);

        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new AcceptInvitation(first, "N", Password)));
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
