using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Mail;
using Microsoft.Extensions.DependencyInjection;
using SwarmNet.Modules.Network.Access.Users;
using SwarmNet.Modules.Network.Contracts.Access;
using SwarmNet.Modules.Network.Contracts.Members;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Testing;
using Xunit;

namespace SwarmNet.Modules.Network.Tests.Access;

/// <summary>The members page reads an organisation's members and invitations page by page, past the first hundred.</summary>
public abstract class MembersPagingScenarios : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestServices _services = null!;
    private Guid _step;

    protected abstract DatabaseProvider Provider { get; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _services = await TestServices.StartAsync(_database, s => s.AddSingleton<IMailTransport>(new CapturedEmails()).AddNetworkModule());
        _step = (await _services.SendAsync(new RegisterOrganization("STEP", OrganizationKind.LocalStructure, LegalForm.Other, null, null, null, "Pau"))).Id;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    // Written with a hash already made: 121 password hashes would only slow the test down.
    private Task<Guid> MemberAsync(string name, string role) => _services.SendAsync(new InsertUser(
        new ProvisionUser($"{name.Replace(' ', '.')}@tests.invalid", name, "", false, [new ActorMembership(_step, role)]), "not-a-hash"));

    [DbFact]
    public async Task Members_and_invitations_page_past_the_first_hundred_under_the_modules_bounds()
    {
        var admin = (await _services.SendAsync(new LoadActor(await MemberAsync("Admin STEP", Roles.StructureAdmin))))!;
        for (var i = 1; i <= 120; i++)
            await MemberAsync($"Membre {i:000}", Roles.StructureMember);

        var second = await _services.SendAsync(new GetOrganizationMembers(_step, Page: 2, PageSize: 100), admin);
        Assert.Equal((121L, 21), (second.Total, second.Members.Count));
        Assert.Equal(["Membre 100", "Membre 101"], second.Members.Take(2).Select(m => m.DisplayName)); // by name: "Admin STEP" first
        Assert.Equal("Membre 120", second.Members[^1].DisplayName);
        Assert.Equal("STEP", second.OrganizationName);

        foreach (var email in new[] { "a@tests.invalid", "b@tests.invalid", "c@tests.invalid" })
            await _services.SendAsync(new InviteToOrganization(_step, email, Roles.StructureMember), admin);
        var invitations = await _services.SendAsync(new ListOrganizationInvitations(_step, Page: 2, PageSize: 2), admin);
        Assert.Equal((3L, 2), (invitations.Total, invitations.Page));
        Assert.Equal("a@tests.invalid", Assert.Single(invitations.Items).Email); // newest first

        var tooLarge = await Assert.ThrowsAsync<InputValidationException>(() => _services.SendAsync(new GetOrganizationMembers(_step, 1, 101), admin));
        Assert.Equal("/pageSize", Assert.Single(tooLarge.Errors).Path);
        var outsider = NetworkFixture.Person("Dehors", Guid.CreateVersion7(), Roles.StructureAdmin);
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new GetOrganizationMembers(_step, 2, 100), outsider));
        await Assert.ThrowsAsync<NotFoundException>(() => _services.SendAsync(new ListOrganizationInvitations(_step, 1, 20), outsider));
    }
}

public sealed class SqliteMembersPagingTests : MembersPagingScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

[RequiresSqlServer]
public sealed class SqlServerMembersPagingTests : MembersPagingScenarios
{
    protected override DatabaseProvider Provider => DatabaseProvider.SqlServer;
}
